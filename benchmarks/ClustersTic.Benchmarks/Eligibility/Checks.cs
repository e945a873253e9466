using System.Collections.Generic;
using ClustersTic.Companies;
using NodaTime;

namespace ClustersTic.Benchmarks.Eligibility;

/// <summary>
/// The CO-1…CO-5 checks written by hand against the v1 parameters, independent of the library's code. The
/// hand-written baseline calls them from if/else; FluentValidation and RulesEngine call the same checks from
/// their rule definitions, so the comparison measures what each way of *organising* rules costs.
/// </summary>
public static class Checks
{
    private static readonly string[] Rev2 = ["26.1", "26.2", "26.3", "26.4", "26.8", "46.5", "58.2", "61", "62", "63.1", "95.1"];
    private static readonly string[] Naf2025 = ["26.1", "26.2", "26.3", "26.4", "26.8", "46.5", "58.2", "61", "62", "63.1", "63.91", "95.1"];
    private static readonly LocalDate Naf2025From = new(2027, 1, 1);

    public static bool SirenValid(string? text) => DigitsValid(text, 9, out _, laPoste: false);

    /// <summary>0 ok (or absent), 1 invalid.</summary>
    public static bool SiretOk(string siren, string? siret)
    {
        if (siret is null)
        {
            return true;
        }

        if (!DigitsValid(siret, 14, out long value, laPoste: true))
        {
            return false;
        }

        return !DigitsValid(siren, 9, out long s, laPoste: false) || value / 100_000 == s;
    }

    private static bool DigitsValid(string? text, int length, out long value, bool laPoste)
    {
        value = 0;
        if (text is null)
        {
            return false;
        }

        int count = 0;
        int sum = 0;
        int digitSum = 0;
        for (int i = text.Length - 1; i >= 0; i--)
        {
            char c = text[i];
            if (c is ' ' or '\u00A0' or '\u202F')
            {
                continue;
            }

            if (c < '0' || c > '9' || count == length)
            {
                return false;
            }

            int d = c - '0';
            digitSum += d;
            int luhn = (count & 1) == 1 ? (d * 2 > 9 ? (d * 2) - 9 : d * 2) : d;
            sum += luhn;
            count++;
        }

        if (count != length)
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is >= '0' and <= '9')
            {
                value = (value * 10) + (c - '0');
            }
        }

        if (value == 0)
        {
            return false;
        }

        if (length == 14)
        {
            long siren = value / 100_000;
            if (!DigitsValid(siren.ToString("D9", System.Globalization.CultureInfo.InvariantCulture), 9, out _, false))
            {
                return false;
            }

            return sum % 10 == 0 || (laPoste && siren == 356000000 && digitSum % 5 == 0);
        }

        return sum % 10 == 0;
    }

    /// <summary>CO-2: 1 failed, 2 unknown, 0 ok.</summary>
    public static int Active(Company c, LocalDate asOf)
    {
        if (c.CreatedOn is LocalDate created && created > asOf)
        {
            return 1;
        }

        if (c.State == AdministrativeState.Ceased || c.CeasedOn is not null)
        {
            if (c.CeasedOn is not LocalDate ceased)
            {
                return 2;
            }

            // Reading 34: a cessation before the creation leaves the company's activity unknown.
            return c.CreatedOn is LocalDate createdOn && ceased < createdOn ? 2 : ceased <= asOf ? 1 : 0;
        }

        return c.State is null ? 2 : 0;
    }

    /// <summary>CO-3: 1 failed, 2 unknown, 0 ok.</summary>
    public static int Adherent(Company c, IReadOnlyDictionary<string, bool> clusterIsMember, LocalDate asOf)
    {
        bool unknown = false;
        IReadOnlyList<ClusterMembership> memberships = c.Memberships ?? [];
        for (int i = 0; i < memberships.Count; i++)
        {
            ClusterMembership m = memberships[i];
            if (!m.Period.Covers(asOf))
            {
                continue;
            }

            if (!clusterIsMember.TryGetValue(m.ClusterId, out bool member))
            {
                unknown = true;
            }
            else if (member)
            {
                return 0;
            }
        }

        return unknown ? 2 : 1;
    }

    /// <summary>CO-4: 1 failed, 2 unknown, 0 ok.</summary>
    public static int Digital(Company c, LocalDate asOf)
    {
        bool naf2025First = asOf >= Naf2025From;
        string? first = naf2025First ? c.Naf2025 : c.NafRev2;
        string? text = string.IsNullOrWhiteSpace(first) ? (naf2025First ? c.NafRev2 : c.Naf2025) : first;
        bool useNaf2025 = string.IsNullOrWhiteSpace(first) ? !naf2025First : naf2025First;
        int inSector = 2;
        if (!string.IsNullOrWhiteSpace(text))
        {
            string t = text.Trim();
            bool wellFormed = t.Length == 6
                ? char.IsAsciiDigit(t[0]) && char.IsAsciiDigit(t[1]) && t[2] == '.' && char.IsAsciiDigit(t[3]) && char.IsAsciiDigit(t[4]) && char.IsAsciiLetter(t[5])
                : t.Length == 5 && char.IsAsciiDigit(t[0]) && char.IsAsciiDigit(t[1]) && char.IsAsciiDigit(t[2]) && char.IsAsciiDigit(t[3]) && char.IsAsciiLetter(t[4]);
            if (wellFormed)
            {
                string[] list = useNaf2025 ? Naf2025 : Rev2;
                inSector = 1;
                foreach (string prefix in list)
                {
                    if (MatchesPrefix(t, prefix))
                    {
                        inSector = 0;
                        break;
                    }
                }
            }
        }

        if (inSector == 0)
        {
            return 0;
        }

        SectorDerogation? d = c.Derogation;
        if (d is not null && !string.IsNullOrWhiteSpace(d.Justification) && d.GrantedOn is LocalDate g && g <= asOf)
        {
            return 0;
        }

        return inSector;
    }

    private static bool MatchesPrefix(string code, string prefix)
    {
        // Compare the dotted form "NN.NNL" (code may be "NNNNL") with the prefix.
        for (int i = 0; i < prefix.Length; i++)
        {
            char p = prefix[i];
            char c = code.Length == 6 ? code[i] : i < 2 ? code[i] : i == 2 ? '.' : code[i - 1];
            if (char.ToUpperInvariant(c) != p)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>CO-5 with every category eligible: never fails; returns the category or null.</summary>
    public static CompanySizeCategory? Size(Company c, LocalDate asOf)
    {
        IReadOnlyList<ClosedYearFigures> years = c.ClosedYears;
        CompanySizeCategory current = default;
        CompanySizeCategory previous = default;
        int count = 0;
        int lastYear = 0;
        for (int i = 0; i < years.Count; i++)
        {
            ClosedYearFigures y = years[i];
            if (y.Year > asOf.Year)
            {
                continue;
            }

            if (count > 0 && y.Year != lastYear + 1)
            {
                return null;
            }

            CompanySizeCategory? yearCategory = YearCategory(y.Headcount, y.Turnover, y.BalanceSheetTotal);
            if (yearCategory is not CompanySizeCategory cat)
            {
                return null;
            }

            if (count == 0)
            {
                current = cat;
            }
            else if (previous > current && cat > current)
            {
                current = previous < cat ? previous : cat;
            }
            else if (previous < current && cat < current)
            {
                current = previous > cat ? previous : cat;
            }

            previous = cat;
            lastYear = y.Year;
            count++;
        }

        return count == 0 ? null : current;
    }

    private static readonly (decimal H, decimal T, decimal B)[] Limits =
        [(10m, 2_000_000m, 2_000_000m), (50m, 10_000_000m, 10_000_000m), (250m, 50_000_000m, 43_000_000m), (5000m, 1_500_000_000m, 2_000_000_000m)];

    private static CompanySizeCategory? YearCategory(decimal? h, decimal? t, decimal? b)
    {
        if (h is not decimal head)
        {
            return null;
        }

        (decimal H, decimal T, decimal B)[] limits = Limits;
        for (int i = 0; i < limits.Length; i++)
        {
            if (head >= limits[i].H)
            {
                continue;
            }

            bool? financial = (t <= limits[i].T || b <= limits[i].B) ? true : (t is null || b is null) ? null : false;
            if (financial is null)
            {
                return null;
            }

            if (financial.Value)
            {
                return (CompanySizeCategory)i;
            }
        }

        return CompanySizeCategory.Large;
    }
}
