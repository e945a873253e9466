using System.Collections.Generic;
using ClustersTic.Companies;
using ClustersTic.Identifiers;
using NodaTime;

namespace ClustersTic.RuleSets;

/// <summary>The parameters of the company eligibility rules (CO-1 to CO-5).</summary>
/// <remarks>Immutable and thread-safe; obtained from a loaded rule set.</remarks>
public sealed class CompanyEligibilityParameters
{
    internal CompanyEligibilityParameters(
        IReadOnlyList<string> digitalSectorRev2,
        IReadOnlyList<string> digitalSectorNaf2025,
        LocalDate naf2025ReferenceFrom,
        IReadOnlyList<CompanySizeCategory> eligibleSizeCategories)
    {
        DigitalSectorRev2 = digitalSectorRev2;
        DigitalSectorNaf2025 = digitalSectorNaf2025;
        Naf2025ReferenceFrom = naf2025ReferenceFrom;
        EligibleSizeCategories = eligibleSizeCategories;
    }

    /// <summary>The digital sector in NAF rév. 2: code prefixes in dotted form (a division <c>62</c>, a group
    /// <c>26.1</c>, a class or a sub-class), sorted.</summary>
    public IReadOnlyList<string> DigitalSectorRev2 { get; }

    /// <summary>The digital sector in NAF 2025, in the same form, sorted.</summary>
    public IReadOnlyList<string> DigitalSectorNaf2025 { get; }

    /// <summary>The date from which a company's NAF 2025 code, rather than its rév. 2 code, decides (CO-4).</summary>
    public LocalDate Naf2025ReferenceFrom { get; }

    /// <summary>The size categories that may sign the charter (CO-5), in enumeration order.</summary>
    public IReadOnlyList<CompanySizeCategory> EligibleSizeCategories { get; }

    /// <summary>True when every size category is eligible (then an unknown size does not block CO-5).</summary>
    public bool AllSizeCategoriesEligible => EligibleSizeCategories.Count == CompanySizeCategoryCount;

    private const int CompanySizeCategoryCount = (int)CompanySizeCategory.Large + 1;

    /// <summary>True when companies of <paramref name="category"/> may sign the charter (CO-5).</summary>
    /// <param name="category">The size category.</param>
    /// <returns>True when the category is in <see cref="EligibleSizeCategories"/>.</returns>
    public bool IsEligible(CompanySizeCategory category)
    {
        IReadOnlyList<CompanySizeCategory> eligible = EligibleSizeCategories;
        for (int i = 0; i < eligible.Count; i++)
        {
            if (eligible[i] == category)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="code"/> is in the digital sector list of its nomenclature.</summary>
    /// <param name="code">The activity code.</param>
    /// <returns>True when a prefix of the code's nomenclature list matches the code.</returns>
    public bool IsDigitalSector(NafCode code)
    {
        IReadOnlyList<string> list = code.Nomenclature == NafNomenclature.Naf2025 ? DigitalSectorNaf2025 : DigitalSectorRev2;
        for (int i = 0; i < list.Count; i++)
        {
            if (code.MatchesPrefix(list[i]))
            {
                return true;
            }
        }

        return false;
    }
}
