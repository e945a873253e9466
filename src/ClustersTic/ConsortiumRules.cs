using System;
using System.Collections.Generic;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Internal;
using ClustersTic.Organisations;
using ClustersTic.RuleSets;
using ClustersTic.Signatures;
using NodaTime;

namespace ClustersTic;

/// <summary>
/// The entry point: one loaded rule set answering every question of the consortium's rules — cluster
/// admission, company eligibility, charter scoring, signature status — as of a date, with a decision that
/// explains itself.
/// </summary>
/// <remarks>
/// <para>When a method is given no date, "today" is the current instant of the injected
/// <see cref="IClock"/> seen in the <c>Europe/Paris</c> time zone, never the machine's clock or zone.</para>
/// <para>Instances are immutable and thread-safe: share one per rule set (for example as a singleton). The
/// class holds no static mutable state.</para>
/// </remarks>
public sealed class ConsortiumRules
{
    // Loaded on first use: reading the time zone database is the costliest part of a cold start, and only
    // "today" needs it.
    private static readonly Lazy<DateTimeZone> Paris = new(() => DateTimeZoneProviders.Tzdb["Europe/Paris"], isThreadSafe: true);

    /// <summary>Creates the entry point for a rule set.</summary>
    /// <param name="ruleSet">The rule set to apply.</param>
    /// <param name="clock">The clock that gives "today" (in Europe/Paris).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ConsortiumRules(RuleSet ruleSet, IClock clock)
    {
        RuleSet = Preconditions.CheckNotNull(ruleSet);
        Clock = Preconditions.CheckNotNull(clock);
    }

    /// <summary>The time zone "today" is taken in: Europe/Paris.</summary>
    public static DateTimeZone TimeZone => Paris.Value;

    /// <summary>The rule set applied.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The clock that gives "today".</summary>
    public IClock Clock { get; }

    /// <summary>Today's date in Europe/Paris, from <see cref="Clock"/>.</summary>
    public LocalDate Today => Clock.GetCurrentInstant().InZone(Paris.Value).Date;

    /// <summary>Whether a cluster may be, or is, a member of the consortium (CL-1 to CL-4).</summary>
    /// <param name="cluster">The cluster.</param>
    /// <param name="asOf">The date; today (Europe/Paris) when null.</param>
    /// <returns>The decision, with every finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cluster"/> is null.</exception>
    public ClusterAdmissionDecision EvaluateCluster(Cluster cluster, LocalDate? asOf = null)
    {
        Preconditions.CheckNotNull(cluster);
        return ClusterAdmission.Evaluate(cluster, RuleSet, asOf ?? Today);
    }

    /// <summary>The consortium on a date: the admission decision of each cluster, for CO-3.</summary>
    /// <param name="clusters">Every known cluster; ids must be unique.</param>
    /// <param name="asOf">The date; today (Europe/Paris) when null.</param>
    /// <returns>The snapshot, to reuse for many companies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clusters"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">Two clusters have the same id.</exception>
    public ConsortiumSnapshot Snapshot(IEnumerable<Cluster> clusters, LocalDate? asOf = null)
    {
        Preconditions.CheckNotNull(clusters);
        LocalDate date = asOf ?? Today;
        var decisions = new List<ClusterAdmissionDecision>();
        foreach (Cluster cluster in clusters)
        {
            decisions.Add(ClusterAdmission.Evaluate(cluster ?? throw new ArgumentNullException(nameof(clusters), "The list holds a null cluster."), RuleSet, date));
        }

        return new ConsortiumSnapshot(date, decisions);
    }

    /// <summary>Whether a company may sign the charter on the snapshot's date (CO-1 to CO-5).</summary>
    /// <param name="company">The company.</param>
    /// <param name="consortium">The consortium on the as-of date (see <see cref="Snapshot(IEnumerable{Cluster}, LocalDate?)"/>).</param>
    /// <returns>The decision; its findings are made the first time they are read (see
    /// <see cref="CompanyEligibilityDecision"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CompanyEligibilityDecision EvaluateCompany(Company company, ConsortiumSnapshot consortium)
    {
        Preconditions.CheckNotNull(company);
        Preconditions.CheckNotNull(consortium);
        return CompanyEligibility.Evaluate(company, consortium, RuleSet);
    }

    /// <summary>Whether a company may sign the charter (CO-1 to CO-5); builds the snapshot of
    /// <paramref name="clusters"/> first (prefer <see cref="EvaluateCompany(Company, ConsortiumSnapshot)"/>
    /// for many companies).</summary>
    /// <param name="company">The company.</param>
    /// <param name="clusters">Every known cluster.</param>
    /// <param name="asOf">The date; today (Europe/Paris) when null.</param>
    /// <returns>The decision, with every finding.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CompanyEligibilityDecision EvaluateCompany(Company company, IEnumerable<Cluster> clusters, LocalDate? asOf = null) =>
        EvaluateCompany(company, Snapshot(clusters, asOf));

    /// <summary>Scores an assessment against the charter (§6): corrections, scores, completion, level, and
    /// what is missing to the next level. The decision's date is the assessment date.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The result, with every finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public AssessmentResult Score(Assessment assessment)
    {
        Preconditions.CheckNotNull(assessment);
        return CharterScoring.Score(assessment, RuleSet);
    }

    /// <summary>Grants a signature on the date of an assessment at Signataire or above (§7).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>A new signature granted on the assessment date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The assessment is below Signataire; the message lists why.</exception>
    public Signature Grant(Assessment assessment)
    {
        AssessmentResult result = Score(assessment);
        if (result.Level < CharterLevel.Signatory)
        {
            throw new InvalidOperationException("A signature needs an assessment at Signataire or above:\n" + result.Explain(Text.Language.English));
        }

        return new Signature { CompanySiren = assessment.CompanySiren, CharterVersion = RuleSet.Charter.Version, GrantedOn = assessment.Date };
    }

    /// <summary>Every decision about a data set on one date: clusters, companies (against the snapshot of the
    /// data set's clusters), assessments and signatures (each with its company from the data set).</summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="asOf">The date; today (Europe/Paris) when null. Assessments are scored as of their own date.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataSet"/> is null.</exception>
    /// <exception cref="ArgumentException">A signature's company is not in the data set.</exception>
    public DataSets.ConsortiumReport Evaluate(DataSets.DataSet dataSet, LocalDate? asOf = null)
    {
        Preconditions.CheckNotNull(dataSet);
        ConsortiumSnapshot consortium = Snapshot(dataSet.Clusters, asOf);
        var companies = new List<CompanyEligibilityDecision>(dataSet.Companies.Count);
        var bySiren = new Dictionary<string, Company>(StringComparer.Ordinal);
        foreach (Company company in dataSet.Companies)
        {
            companies.Add(EvaluateCompany(company, consortium));
#if NET8_0_OR_GREATER
            bySiren.TryAdd(DataSets.DataSetBuilder.Key(company.Siren), company);
#else
            if (!bySiren.ContainsKey(DataSets.DataSetBuilder.Key(company.Siren)))
            {
                bySiren.Add(DataSets.DataSetBuilder.Key(company.Siren), company);
            }
#endif
        }

        var assessments = new List<AssessmentResult>(dataSet.Assessments.Count);
        foreach (Assessment assessment in dataSet.Assessments)
        {
            assessments.Add(Score(assessment));
        }

        var signatures = new List<SignatureDecision>(dataSet.Signatures.Count);
        foreach (Signature signature in dataSet.Signatures)
        {
            if (!bySiren.TryGetValue(DataSets.DataSetBuilder.Key(signature.CompanySiren), out Company? company))
            {
                throw new ArgumentException($"The signature of '{TextHelpers.Shorten(signature.CompanySiren)}' has no company in the data set.", nameof(dataSet));
            }

            signatures.Add(SignatureLifecycle.Evaluate(signature, company, RuleSet, consortium.AsOf));
        }

        return new DataSets.ConsortiumReport(consortium.Clusters, companies.AsReadOnly(), assessments.AsReadOnly(), signatures.AsReadOnly());
    }

    /// <summary>The status of a signature (§7): active, review due, suspended, expired or withdrawn, with the
    /// next due date.</summary>
    /// <param name="signature">The signature.</param>
    /// <param name="company">The signatory company (its cluster memberships decide "membership ended").</param>
    /// <param name="asOf">The date; today (Europe/Paris) when null.</param>
    /// <returns>The decision, with every finding.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The company's SIREN is not the signature's.</exception>
    public SignatureDecision EvaluateSignature(Signature signature, Company company, LocalDate? asOf = null)
    {
        Preconditions.CheckNotNull(signature);
        Preconditions.CheckNotNull(company);
        bool same = Identifiers.Siren.TryParse(signature.CompanySiren, out Identifiers.Siren a) && Identifiers.Siren.TryParse(company.Siren, out Identifiers.Siren b)
            ? a == b
            : string.Equals(signature.CompanySiren.Trim(), company.Siren.Trim(), StringComparison.Ordinal);
        if (!same)
        {
            throw new ArgumentException($"The signature is for the SIREN '{TextHelpers.Shorten(signature.CompanySiren)}', the company has '{TextHelpers.Shorten(company.Siren)}'.", nameof(company));
        }

        return SignatureLifecycle.Evaluate(signature, company, RuleSet, asOf ?? Today);
    }
}
