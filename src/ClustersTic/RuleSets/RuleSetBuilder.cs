using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Documents;
using ClustersTic.Internal;
using ClustersTic.Organisations;
using ClustersTic.Text;
using NodaTime;

namespace ClustersTic.RuleSets;

/// <summary>
/// Authors a rule set in code: start from a rule set (<see cref="RuleSet.ToBuilder"/>), change a parameter, a
/// threshold, a duration, a sector list or a criterion, and <see cref="Build"/> it. Building runs exactly the
/// semantic checks of the loader (the same code): a builder that would not load as JSON does not build either,
/// and every problem is listed, with the JSON path it would have in the saved file.
/// </summary>
/// <remarks>
/// <para>A built rule set is like a loaded one: immutable, fingerprinted, and <see cref="RuleSet.ToJson"/> saves
/// it as a file that <see cref="RuleSet.Parse"/> loads back equal (same fingerprint). Change its
/// <see cref="Id"/> and <see cref="Version"/> when it is a new version, so that decisions cite it apart.</para>
/// <para>A builder is mutable and not thread-safe (like <see cref="System.Text.StringBuilder"/>); the lists are
/// copied in and out, so a built rule set never shares them. Setting a property to null throws
/// <see cref="ArgumentNullException"/>; every other check waits for <see cref="Build"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// RuleSet trial = RuleSetCatalog.Embedded.Get("v1").ToBuilder()
///     .With(b =&gt; { b.Id = "v1-trial"; b.Version = "1.0-trial"; b.MinimumProviderShare = 0.6m; })
///     .Build();
/// </code>
/// </example>
public sealed class RuleSetBuilder
{
    private string _id;
    private string _version;
    private LocalizedText _title;
    private string _charterId;
    private string _charterVersion;

    /// <summary>A builder holding the values of <paramref name="ruleSet"/>.</summary>
    /// <param name="ruleSet">The rule set to start from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public RuleSetBuilder(RuleSet ruleSet)
    {
        Preconditions.CheckNotNull(ruleSet);
        _id = ruleSet.Id;
        _version = ruleSet.Version;
        _title = ruleSet.Title;
        EffectiveFrom = ruleSet.EffectiveFrom;
        AdmittedOrganisationKinds = ruleSet.ClusterAdmission.AdmittedOrganisationKinds.ToList();
        MinimumProviderShare = ruleSet.ClusterAdmission.MinimumProviderShare;
        DigitalSectorRev2 = ruleSet.CompanyEligibility.DigitalSectorRev2.ToList();
        DigitalSectorNaf2025 = ruleSet.CompanyEligibility.DigitalSectorNaf2025.ToList();
        Naf2025ReferenceFrom = ruleSet.CompanyEligibility.Naf2025ReferenceFrom;
        EligibleSizeCategories = ruleSet.CompanyEligibility.EligibleSizeCategories.ToList();
        _charterId = ruleSet.Charter.Id;
        _charterVersion = ruleSet.Charter.Version;
        Categories = ruleSet.Charter.Categories.ToList();
        Criteria = ruleSet.Charter.Criteria.ToList();
        ConfirmedMinimumScore = ruleSet.Scoring.ConfirmedMinimumScore;
        ConfirmedMinimumCategoryScore = ruleSet.Scoring.ConfirmedMinimumCategoryScore;
        ExemplaryMinimumScore = ruleSet.Scoring.ExemplaryMinimumScore;
        ExemplaryAssessmentKinds = ruleSet.Scoring.ExemplaryAssessmentKinds.ToList();
        Validity = ruleSet.Lifecycle.Validity;
        ReviewWindowBefore = ruleSet.Lifecycle.ReviewWindowBefore;
        ReviewWindowAfter = ruleSet.Lifecycle.ReviewWindowAfter;
        MinorNonConformityDeadline = ruleSet.Lifecycle.MinorNonConformityDeadline;
        MajorNonConformityDeadline = ruleSet.Lifecycle.MajorNonConformityDeadline;
        RenewalWindow = ruleSet.Lifecycle.RenewalWindow;
    }

    /// <summary>The rule set's id (letters, digits, <c>.</c>, <c>_</c>, <c>-</c>; at most 64 characters).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Id { get => _id; set => _id = Preconditions.CheckNotNull(value); }

    /// <summary>The rule set's version label (not blank).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Version { get => _version; set => _version = Preconditions.CheckNotNull(value); }

    /// <summary>The rule set's title in French and English.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public LocalizedText Title { get => _title; set => _title = Preconditions.CheckNotNull(value); }

    /// <summary>The first day the rule set is in force.</summary>
    public LocalDate EffectiveFrom { get; set; }

    /// <summary>CL-2: the organisation kinds in a cluster dynamic (a set: at least one, no repeat).</summary>
    public IList<OrganisationKind> AdmittedOrganisationKinds { get; }

    /// <summary>CL-3: the minimum share of digital providers among a cluster's members, 0 to 1.</summary>
    public decimal MinimumProviderShare { get; set; }

    /// <summary>CO-4: the digital sector in NAF rév. 2, as dotted code prefixes (<c>62</c>, <c>26.1</c>,
    /// <c>58.21</c>, <c>58.21Z</c>).</summary>
    public IList<string> DigitalSectorRev2 { get; }

    /// <summary>CO-4: the digital sector in NAF 2025, in the same form.</summary>
    public IList<string> DigitalSectorNaf2025 { get; }

    /// <summary>CO-4: the date from which the NAF 2025 code decides.</summary>
    public LocalDate Naf2025ReferenceFrom { get; set; }

    /// <summary>CO-5: the size categories that may sign the charter (a set: at least one, no repeat).</summary>
    public IList<CompanySizeCategory> EligibleSizeCategories { get; }

    /// <summary>The charter's id.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string CharterId { get => _charterId; set => _charterId = Preconditions.CheckNotNull(value); }

    /// <summary>The charter's version (change it when the criteria change).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string CharterVersion { get => _charterVersion; set => _charterVersion = Preconditions.CheckNotNull(value); }

    /// <summary>The charter's categories, in display order.</summary>
    public IList<CharterCategory> Categories { get; }

    /// <summary>The charter's criteria, in display order (each in one of <see cref="Categories"/>).</summary>
    public IList<Criterion> Criteria { get; }

    /// <summary>The lowest score of a Confirmé assessment, 0 to 100 with at most one decimal.</summary>
    public decimal ConfirmedMinimumScore { get; set; }

    /// <summary>The lowest score of every scored category of a Confirmé assessment.</summary>
    public decimal ConfirmedMinimumCategoryScore { get; set; }

    /// <summary>The lowest score of an Exemplaire assessment (above <see cref="ConfirmedMinimumScore"/>).</summary>
    public decimal ExemplaryMinimumScore { get; set; }

    /// <summary>The assessment kinds that can reach Exemplaire (a set).</summary>
    public IList<AssessmentKind> ExemplaryAssessmentKinds { get; }

    /// <summary>How long a signature is valid (a positive period of date units).</summary>
    public Period Validity { get; set; } = Period.Zero;

    /// <summary>How long before an anniversary the review window opens.</summary>
    public Period ReviewWindowBefore { get; set; } = Period.Zero;

    /// <summary>How long after an anniversary the review window closes.</summary>
    public Period ReviewWindowAfter { get; set; } = Period.Zero;

    /// <summary>Within how long a minor non-conformity must be lifted.</summary>
    public Period MinorNonConformityDeadline { get; set; } = Period.Zero;

    /// <summary>Within how long a major non-conformity must be lifted.</summary>
    public Period MajorNonConformityDeadline { get; set; } = Period.Zero;

    /// <summary>How long before expiry a renewing assessment may be dated.</summary>
    public Period RenewalWindow { get; set; } = Period.Zero;

    /// <summary>Applies changes and returns the builder, to chain from <see cref="RuleSet.ToBuilder"/>.</summary>
    /// <param name="change">The changes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    public RuleSetBuilder With(Action<RuleSetBuilder> change)
    {
        Preconditions.CheckNotNull(change)(this);
        return this;
    }

    /// <summary>Builds the rule set, with the loader's semantic checks.</summary>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetValidationException">The values are not a valid rule set; every problem is listed,
    /// with the JSON path it would have in the saved file.</exception>
    /// <exception cref="ArgumentException">A list holds a null item.</exception>
    public RuleSet Build() =>
        TryBuild(out RuleSet? ruleSet, out IReadOnlyList<DocumentProblem> problems) ? ruleSet : throw new RuleSetValidationException(problems);

    /// <summary>Tries to build the rule set.</summary>
    /// <param name="ruleSet">The rule set, when the values are valid.</param>
    /// <param name="problems">Every problem found; empty when valid.</param>
    /// <returns>True when the values are a valid rule set.</returns>
    /// <exception cref="ArgumentException">A list holds a null item.</exception>
    public bool TryBuild([NotNullWhen(true)] out RuleSet? ruleSet, out IReadOnlyList<DocumentProblem> problems)
    {
        var collector = new ProblemCollector();
        ruleSet = RuleSetFactory.Build(RuleSetMapper.ToDocument(this), collector);
        problems = ruleSet is null ? collector.ToList() : Array.Empty<DocumentProblem>();
        return ruleSet is not null;
    }
}
