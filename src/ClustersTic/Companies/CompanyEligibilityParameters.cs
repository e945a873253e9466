using System.Collections.Generic;
using ClustersTic.Identifiers;
using NodaTime;

namespace ClustersTic.Companies;

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
        // Copied behind read-only lists: no cast can change a shared rule set (issue 12).
        DigitalSectorRev2 = Internal.ReadOnly.Copy(digitalSectorRev2, nameof(digitalSectorRev2));
        DigitalSectorNaf2025 = Internal.ReadOnly.Copy(digitalSectorNaf2025, nameof(digitalSectorNaf2025));
        Naf2025ReferenceFrom = naf2025ReferenceFrom;
        EligibleSizeCategories = Internal.ReadOnly.Copy(eligibleSizeCategories, nameof(eligibleSizeCategories));
        _sectorRev2 = SectorTable.Build(digitalSectorRev2);
        _sectorNaf2025 = SectorTable.Build(digitalSectorNaf2025);
    }

    private readonly SectorTable _sectorRev2;
    private readonly SectorTable _sectorNaf2025;

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
    public bool IsDigitalSector(NafCode code) =>
        (code.Nomenclature == NafNomenclature.Naf2025 ? _sectorNaf2025 : _sectorRev2).Contains(code);

    /// <summary>
    /// The sector list as a table over the four digits of a code, built once per rule set: a division, group
    /// or class prefix marks every code it covers; a sub-class prefix (with its letter) is kept aside. A look-up
    /// is then one array access instead of a comparison with every prefix.
    /// </summary>
    private sealed class SectorTable
    {
        private readonly bool[] _anyLetter = new bool[10_000];
        private readonly List<int> _subclasses = new();

        public static SectorTable Build(IReadOnlyList<string> prefixes)
        {
            var table = new SectorTable();
            foreach (string prefix in prefixes)
            {
                // Prefixes are checked by the loader: NN, NN.N, NN.NN or NN.NNL.
                int digits = ((prefix[0] - '0') * 1000) + ((prefix[1] - '0') * 100);
                int span = 100;
                if (prefix.Length >= 4)
                {
                    digits += (prefix[3] - '0') * 10;
                    span = 10;
                }

                if (prefix.Length >= 5)
                {
                    digits += prefix[4] - '0';
                    span = 1;
                }

                if (prefix.Length == 6)
                {
                    table._subclasses.Add(Key(digits, prefix[5]));
                    continue;
                }

                for (int i = digits; i < digits + span; i++)
                {
                    table._anyLetter[i] = true;
                }
            }

            return table;
        }

        public bool Contains(NafCode code) => _anyLetter[code.Digits] || (_subclasses.Count > 0 && _subclasses.Contains(Key(code.Digits, code.Letter)));

        private static int Key(int digits, char letter) => (digits * 128) + letter;
    }
}
