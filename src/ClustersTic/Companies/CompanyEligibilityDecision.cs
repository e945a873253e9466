using ClustersTic.Decisions;
using ClustersTic.Identifiers;
using ClustersTic.RuleSets;
using ClustersTic.Text;
using NodaTime;

namespace ClustersTic.Companies;

/// <summary>Whether a company may sign the charter on a date (rules CO-1 to CO-5).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CompanyEligibilityDecision : Decision
{
    internal CompanyEligibilityDecision(
        Company company,
        LocalDate asOf,
        RuleSet ruleSet,
        Outcome outcome,
        CompanySizeCategory? sizeCategory,
        NafCode? decidingNafCode,
        Finding[]? findings,
        int findingCount)
        : base(company.Siren, asOf, ruleSet, findings, findingCount)
    {
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
    public override string Summarize(Language language = Language.French) =>
        CompanyName + " (" + Subject + ")" + (language == Language.English ? ": " : " : ") + Labels.OutcomeName(Outcome, language) + ", " + Labels.SizeName(SizeCategory, language);
}
