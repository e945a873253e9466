using System.Collections.Generic;
using ClustersTic.Decisions;
using ClustersTic.Identifiers;
using ClustersTic.Text;

namespace ClustersTic.Companies;

/// <summary>Whether a company may sign the charter on a date (rules CO-1 to CO-5).</summary>
/// <remarks>
/// <para>Immutable and thread-safe.</para>
/// <para>The outcome, size and deciding code are made with the decision; its <see cref="Decision.Findings"/>
/// are made the first time they are read (by <see cref="Decision.Findings"/>, <see cref="Decision.Explain(Language)"/>
/// or <see cref="Reports.DecisionJsonExtensions.ToJson"/>), by running the same rules again on the same company, consortium snapshot
/// and rule set — all immutable — so they always agree with the outcome. A decision that is only counted or
/// filtered by outcome makes no finding at all; until its findings are read, a decision holds the company and
/// the snapshot it was made from.</para>
/// </remarks>
public sealed class CompanyEligibilityDecision : Decision
{
    private readonly Company _company;
    private readonly IClusterStandings _consortium;
    private readonly CompanyEligibilityParameters _parameters;

    internal CompanyEligibilityDecision(
        Company company,
        IClusterStandings consortium,
        CompanyEligibilityParameters parameters,
        RuleSetReference ruleSet,
        Outcome outcome,
        CompanySizeCategory? sizeCategory,
        NafCode? decidingNafCode)
        : base(CompanySubject(company.Siren), consortium.AsOf, ruleSet, company.Siren ?? string.Empty)
    {
        _company = company;
        _consortium = consortium;
        _parameters = parameters;
        CompanyName = company.Name;
        Outcome = outcome;
        SizeCategory = sizeCategory;
        DecidingNafCode = decidingNafCode;
    }

    /// <summary>The company's legal name.</summary>
    public string CompanyName { get; }

    /// <summary>Eligible, ineligible, or incomplete (information missing).</summary>
    public Outcome Outcome { get; }

    /// <summary>The size category computed for CO-5, or null when it cannot be determined.</summary>
    public CompanySizeCategory? SizeCategory { get; }

    /// <summary>The activity code that decided CO-4 (rév. 2 before 2027, NAF 2025 from then on), or null.</summary>
    public NafCode? DecidingNafCode { get; }

    /// <inheritdoc />
    private protected override IReadOnlyList<Finding> ExplainFindings() =>
        CompanyEligibility.Explain(_company, _consortium, _parameters).Findings;

    /// <inheritdoc />
    public override string Summarize(Language language) =>
        CompanyName + (Subject.Length > 0 ? " (" + Subject + ")" : string.Empty) + Prose.Colon(language) + Labels.OutcomeName(Outcome, language) + ", " + Labels.SizeName(SizeCategory, language);
}
