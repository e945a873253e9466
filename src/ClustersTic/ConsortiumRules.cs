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
/// The entry point: the consortium's rules answering every question — cluster admission, company
/// eligibility, charter scoring, signature status — as of a date, with a decision that explains itself.
/// </summary>
/// <remarks>
/// <para>Two ways to choose the rules. <b>Following the date</b> (<see cref="ConsortiumRules(RuleSetCatalog, IClock)"/>,
/// the default of <c>AddClustersTic()</c>): each evaluation applies the rule set of the catalog in force on its
/// as-of date, so a long-running host applies v2 from 2027-01-01 without a restart; a date before the first
/// rule set's effective date gets the first rule set. <b>Pinned</b>
/// (<see cref="ConsortiumRules(RuleSet, IClock)"/>): every evaluation applies that one rule set. Either way,
/// every decision names the rule set it used.</para>
/// <para>When a method is given no date, "today" is the current instant of the injected
/// <see cref="IClock"/> seen in the <c>Europe/Paris</c> time zone, never the machine's clock or zone; it is read
/// at each call.</para>
/// <para>Evaluating an accepted record never throws (reading 35): a date computation past 9999-12-31 makes
/// the rule that needs it unknown for that record, with its own finding.</para>
/// <para>Instances are immutable and thread-safe: share one (for example as a singleton). The class holds no
/// static mutable state.</para>
/// </remarks>
public sealed class ConsortiumRules
{
    // Loaded on first use: reading the time zone database is the costliest part of a cold start, and only
    // "today" needs it.
    private static readonly Lazy<DateTimeZone> Paris = new(() => DateTimeZoneProviders.Tzdb["Europe/Paris"], isThreadSafe: true);

    private readonly RuleSet? _pinned;
    private readonly RuleSetCatalog? _catalog;

    /// <summary>Creates the entry point for one pinned rule set, applied on every date.</summary>
    /// <param name="ruleSet">The rule set to apply.</param>
    /// <param name="clock">The clock that gives "today" (in Europe/Paris).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ConsortiumRules(RuleSet ruleSet, IClock clock)
    {
        _pinned = Preconditions.CheckNotNull(ruleSet);
        Clock = Preconditions.CheckNotNull(clock);
    }

    /// <summary>Creates the entry point that follows the date: each evaluation applies the rule set of
    /// <paramref name="catalog"/> in force on its as-of date.</summary>
    /// <param name="catalog">The rule sets, such as <see cref="RuleSetCatalog.Embedded"/>.</param>
    /// <param name="clock">The clock that gives "today" (in Europe/Paris).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ConsortiumRules(RuleSetCatalog catalog, IClock clock)
    {
        _catalog = Preconditions.CheckNotNull(catalog);
        Clock = Preconditions.CheckNotNull(clock);
    }

    /// <summary>The time zone "today" is taken in: Europe/Paris.</summary>
    public static DateTimeZone TimeZone => Paris.Value;

    /// <summary>The pinned rule set, or null when the rules follow the date (see <see cref="Catalog"/>).</summary>
    public RuleSet? PinnedRuleSet => _pinned;

    /// <summary>The catalog whose rule set in force on each as-of date is applied, or null when a rule set is
    /// pinned.</summary>
    public RuleSetCatalog? Catalog => _catalog;

    /// <summary>The clock that gives "today".</summary>
    public IClock Clock { get; }

    /// <summary>Today's date in Europe/Paris, from <see cref="Clock"/>.</summary>
    public LocalDate Today => Clock.GetCurrentInstant().InZone(Paris.Value).Date;

    /// <summary>The rule set applied on a date: the pinned one, or the catalog's rule set in force on that date
    /// (its first rule set before the first effective date).</summary>
    /// <param name="asOf">The date; today (Europe/Paris) when null.</param>
    /// <returns>The rule set.</returns>
    public RuleSet GetRuleSet(LocalDate? asOf = null)
    {
        if (_pinned is not null)
        {
            return _pinned;
        }

        return _catalog!.TryGetInForce(asOf ?? Today, out RuleSet? inForce) ? inForce : _catalog.RuleSets[0];
    }

    /// <summary>Whether a cluster may be, or is, a member of the consortium (CL-1 to CL-4).</summary>
    /// <param name="cluster">The cluster.</param>
    /// <param name="asOf">The date; today (Europe/Paris) when null.</param>
    /// <returns>The decision, with every finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cluster"/> is null.</exception>
    public ClusterAdmissionDecision EvaluateCluster(Cluster cluster, LocalDate? asOf = null)
    {
        Preconditions.CheckNotNull(cluster);
        LocalDate date = asOf ?? Today;
        return Evaluate(cluster, GetRuleSet(date), date);
    }

    /// <summary>The consortium on a date: the admission decision of each cluster, for CO-3.</summary>
    /// <param name="clusters">Every known cluster; ids must be unique.</param>
    /// <param name="asOf">The date; today (Europe/Paris) when null.</param>
    /// <returns>The snapshot, to reuse for many companies; it holds the rule set applied on its date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clusters"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">Two clusters have the same id.</exception>
    public ConsortiumSnapshot Snapshot(IEnumerable<Cluster> clusters, LocalDate? asOf = null)
    {
        Preconditions.CheckNotNull(clusters);
        LocalDate date = asOf ?? Today;
        RuleSet ruleSet = GetRuleSet(date);
        var decisions = new List<ClusterAdmissionDecision>();
        foreach (Cluster cluster in clusters)
        {
            decisions.Add(Evaluate(cluster ?? throw new ArgumentNullException(nameof(clusters), "The list holds a null cluster."), ruleSet, date));
        }

        return new ConsortiumSnapshot(date, ruleSet.Reference, ruleSet.CompanyEligibility, decisions);
    }

    /// <summary>Whether a company may sign the charter on the snapshot's date (CO-1 to CO-5), under the rule
    /// set of the snapshot.</summary>
    /// <param name="company">The company.</param>
    /// <param name="consortium">The consortium on the as-of date (see <see cref="Snapshot(IEnumerable{Cluster}, LocalDate?)"/>).</param>
    /// <returns>The decision; its findings are made the first time they are read (see
    /// <see cref="CompanyEligibilityDecision"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "One of the entry point's evaluations, like its siblings.")]
    public CompanyEligibilityDecision EvaluateCompany(Company company, ConsortiumSnapshot consortium)
    {
        Preconditions.CheckNotNull(company);
        Preconditions.CheckNotNull(consortium);
        return CompanyEligibility.Evaluate(company, consortium, consortium.CompanyEligibility, consortium.RuleSet);
    }

    /// <summary>Whether a company may sign the charter (CO-1 to CO-5); builds the snapshot of
    /// <paramref name="clusters"/> first (prefer <see cref="EvaluateCompany(Company, ConsortiumSnapshot)"/>
    /// for many companies).</summary>
    /// <param name="company">The company.</param>
    /// <param name="clusters">Every known cluster.</param>
    /// <param name="asOf">The date; today (Europe/Paris) when null.</param>
    /// <returns>The decision, with every finding.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two clusters have the same id.</exception>
    public CompanyEligibilityDecision EvaluateCompany(Company company, IEnumerable<Cluster> clusters, LocalDate? asOf = null) =>
        EvaluateCompany(company, Snapshot(clusters, asOf));

    /// <summary>Scores an assessment against the charter (§6): corrections, scores, completion, level, and
    /// what is missing to the next level. The decision's date is the assessment date, and the rule set is the
    /// one applied on that date.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The result, with every finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public AssessmentResult Score(Assessment assessment)
    {
        Preconditions.CheckNotNull(assessment);
        RuleSet ruleSet = GetRuleSet(assessment.Date);
        return CharterScoring.Score(assessment, ruleSet.Charter, ruleSet.Scoring, ruleSet.Reference);
    }

    /// <summary>Grants a signature on the date of an assessment at Signataire or above (§7), under the charter
    /// version of the rule set applied on that date.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>A new signature granted on the assessment date, with no review, non-conformity or renewal
    /// yet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The assessment is below Signataire; the message lists why.</exception>
    public Signature Grant(Assessment assessment)
    {
        AssessmentResult result = Score(assessment);
        if (result.Level < CharterLevel.Signatory)
        {
            throw new InvalidOperationException("A signature needs an assessment at Signataire or above:\n" + result.Explain(Text.Language.English));
        }

        return new Signature
        {
            CompanySiren = assessment.CompanySiren,
            CharterVersion = GetRuleSet(assessment.Date).Charter.Version,
            GrantedOn = assessment.Date,
            Reviews = Array.Empty<LocalDate>(),
        };
    }

    /// <summary>Every decision about a data set on one date: clusters, companies (against the snapshot of the
    /// data set's clusters), assessments (each as of its own date) and signatures (each with its company from
    /// the data set).</summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="asOf">The date; today (Europe/Paris) when null. Assessments are scored as of their own date.</param>
    /// <returns>The report. It never throws for a data set's records: a signature whose company is not in the
    /// data set is decided with its memberships unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataSet"/> is null.</exception>
    public Reports.ConsortiumReport Evaluate(DataSets.DataSet dataSet, LocalDate? asOf = null)
    {
        Preconditions.CheckNotNull(dataSet);
        ConsortiumSnapshot consortium = Snapshot(dataSet.Clusters, asOf);
        var companies = new List<CompanyEligibilityDecision>(dataSet.Companies.Count);
        var bySiren = new Dictionary<string, Company>(StringComparer.Ordinal);
        foreach (Company company in dataSet.Companies)
        {
            companies.Add(EvaluateCompany(company, consortium));
            if (Identifiers.Siren.Key(company.Siren) is string key && !bySiren.ContainsKey(key))
            {
                bySiren.Add(key, company);
            }
        }

        var assessments = new List<AssessmentResult>(dataSet.Assessments.Count);
        foreach (Assessment assessment in dataSet.Assessments)
        {
            assessments.Add(Score(assessment));
        }

        RuleSet inForce = GetRuleSet(consortium.AsOf);
        var signatures = new List<SignatureDecision>(dataSet.Signatures.Count);
        foreach (Signature signature in dataSet.Signatures)
        {
            Company? company = Identifiers.Siren.Key(signature.CompanySiren) is string key && bySiren.TryGetValue(key, out Company? found) ? found : null;
            signatures.Add(SignatureLifecycle.Evaluate(signature, company, inForce.Lifecycle, inForce.Reference, consortium.AsOf));
        }

        return new Reports.ConsortiumReport(consortium.Clusters, companies.AsReadOnly(), assessments.AsReadOnly(), signatures.AsReadOnly());
    }

    /// <summary>The status of a signature (§7): active, review due, suspended, expired, withdrawn or
    /// undetermined, with the next due date.</summary>
    /// <param name="signature">The signature.</param>
    /// <param name="company">The signatory company (its cluster memberships decide "membership ended").</param>
    /// <param name="asOf">The date; today (Europe/Paris) when null.</param>
    /// <returns>The decision, with every finding.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The company's SIREN is not the signature's (compared without their
    /// ignorable spaces).</exception>
    public SignatureDecision EvaluateSignature(Signature signature, Company company, LocalDate? asOf = null)
    {
        Preconditions.CheckNotNull(signature);
        Preconditions.CheckNotNull(company);
        if (!string.Equals(Identifiers.Siren.Key(signature.CompanySiren), Identifiers.Siren.Key(company.Siren), StringComparison.Ordinal))
        {
            throw new ArgumentException($"The signature is for the SIREN '{TextHelpers.Shorten(signature.CompanySiren)}', the company has '{TextHelpers.Shorten(company.Siren ?? string.Empty)}'.", nameof(company));
        }

        LocalDate date = asOf ?? Today;
        RuleSet ruleSet = GetRuleSet(date);
        return SignatureLifecycle.Evaluate(signature, company, ruleSet.Lifecycle, ruleSet.Reference, date);
    }

    private static ClusterAdmissionDecision Evaluate(Cluster cluster, RuleSet ruleSet, LocalDate asOf) =>
        ClusterAdmission.Evaluate(cluster, ruleSet.ClusterAdmission, ruleSet.CompanyEligibility, ruleSet.Reference, asOf);
}
