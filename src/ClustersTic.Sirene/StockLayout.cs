using System;
using System.Collections.Generic;
using ClustersTic.Companies;
using NodaTime;

namespace ClustersTic.Sirene;

/// <summary>The columns a stock file must have (found by name in its header, wherever they are) and how a row
/// becomes a record.</summary>
internal abstract class StockLayout<T>
    where T : class
{
    /// <summary>The columns read, in the order <see cref="Read"/> receives them; the optional ones may be absent.</summary>
    protected abstract (string Name, bool Required)[] Columns { get; }

    /// <summary>The file's name in messages (<c>StockUniteLegale</c>).</summary>
    protected abstract string FileKind { get; }

    public Mapping Map(IReadOnlyList<string> header)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Count; i++)
        {
            string name = header[i].Trim().TrimStart('\uFEFF');
            if (!positions.TryAdd(name, i))
            {
                throw new SireneFormatException(
                    "la colonne « " + name + " » est présente deux fois dans l'en-tête.",
                    "the column '" + name + "' appears twice in the header.",
                    column: name,
                    line: 1);
            }
        }

        var indices = new int?[Columns.Length];
        var missing = new List<string>();
        for (int i = 0; i < Columns.Length; i++)
        {
            (string name, bool required) = Columns[i];
            if (positions.TryGetValue(name, out int index))
            {
                indices[i] = index;
            }
            else if (required)
            {
                missing.Add(name);
            }
        }

        if (missing.Count > 0)
        {
            string list = string.Join(", ", missing);
            throw new SireneFormatException(
                "ce n'est pas un fichier " + FileKind + " : colonne obligatoire absente de l'en-tête : " + list + ".",
                "this is not a " + FileKind + " file: required column missing from the header: " + list + ".",
                column: missing[0],
                line: 1);
        }

        return new Mapping(indices, header.Count, this);
    }

    /// <summary>The record of a row's cells (null: not given), or null with the reason.</summary>
    public abstract T? Read(int line, string?[] cells, out string? french, out string? english);

    protected static bool IsSiren(string? value) => value is { Length: 9 } && IsDigits(value);

    protected static bool IsDigits(string value)
    {
        foreach (char c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    protected static bool TryDate(string? value, out LocalDate? date)
    {
        date = null;
        if (value is null)
        {
            return true;
        }

        if (value.Length == 10 && value[4] == '-' && value[7] == '-'
            && TryDigits(value.AsSpan(0, 4), out int year)
            && TryDigits(value.AsSpan(5, 2), out int month)
            && TryDigits(value.AsSpan(8, 2), out int day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            date = new LocalDate(year, month, day);
            return true;
        }

        return false;
    }

    protected static int? Year(string? value) =>
        value is { Length: 4 } && TryDigits(value.AsSpan(), out int year) ? year : null;

    /// <summary>ASCII digits only (no sign, no space: what INSEE writes), read without the culture-aware parser,
    /// which costs more than the rest of a row's checks.</summary>
    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return text.Length > 0;
    }

    /// <summary>The header mapped: where each column read is (null: an optional column absent).</summary>
    public sealed class Mapping(int?[] indices, int headerWidth, StockLayout<T> layout)
    {
        public int?[] Indices { get; } = indices;

        public int Width => Indices.Length;

        public int HeaderWidth { get; } = headerWidth;

        public T? Read(int line, string?[] cells, out string? french, out string? english) => layout.Read(line, cells, out french, out english);
    }
}

/// <summary><c>StockUniteLegale</c>: the columns of INSEE's dictionary of variables (3.11) the rules need.</summary>
internal sealed class LegalUnitColumns : StockLayout<SireneLegalUnit>
{
    public static readonly LegalUnitColumns Instance = new();

    private static readonly (string Name, bool Required)[] Layout =
    [
        ("siren", true),
        ("statutDiffusionUniteLegale", true),
        ("dateCreationUniteLegale", true),
        ("trancheEffectifsUniteLegale", true),
        ("anneeEffectifsUniteLegale", true),
        ("categorieEntreprise", true),
        ("anneeCategorieEntreprise", true),
        ("dateDebut", true),
        ("etatAdministratifUniteLegale", true),
        ("activitePrincipaleUniteLegale", true),
        ("nomenclatureActivitePrincipaleUniteLegale", true),
        ("nicSiegeUniteLegale", true),
        ("activitePrincipaleNAF25UniteLegale", false),
        ("denominationUniteLegale", false),
        ("nomUniteLegale", false),
        ("prenomUsuelUniteLegale", false),
    ];

    protected override (string Name, bool Required)[] Columns => Layout;

    protected override string FileKind => "StockUniteLegale";

    public override SireneLegalUnit? Read(int line, string?[] c, out string? french, out string? english)
    {
        french = english = null;
        if (!IsSiren(c[0]))
        {
            (french, english) = ("le SIREN « " + c[0] + " » n'a pas neuf chiffres", "the SIREN '" + c[0] + "' is not nine digits");
            return null;
        }

        if (!TryDate(c[2], out LocalDate? created) || !TryDate(c[7], out LocalDate? since))
        {
            string bad = TryDate(c[2], out _) ? c[7]! : c[2]!;
            (french, english) = ("la date « " + bad + " » n'est pas une date AAAA-MM-JJ", "the date '" + bad + "' is not a YYYY-MM-DD date");
            return null;
        }

        AdministrativeState? state = c[8] switch
        {
            "A" => AdministrativeState.Active,
            "C" => AdministrativeState.Ceased,
            null => null,
            _ => (AdministrativeState?)(-1),
        };
        if (state == (AdministrativeState)(-1))
        {
            (french, english) = ("l'état administratif « " + c[8] + " » n'est ni A ni C", "the administrative state '" + c[8] + "' is neither A nor C");
            return null;
        }

        string? name = c[13] ?? (c[14] is null ? null : (c[15] is null ? c[14] : c[15] + " " + c[14]));
        return new SireneLegalUnit(
            line,
            c[0]!,
            partiallyDiffused: c[1] is "P" or "N",
            name,
            state,
            since,
            created,
            mainActivity: c[9],
            mainActivityNomenclature: c[10],
            mainActivityNaf2025: c[12],
            headOfficeNic: c[11] is { Length: 5 } nic && IsDigits(nic) ? nic : null,
            employeeBand: c[3],
            employeeBandYear: Year(c[4]),
            companyCategory: c[5],
            companyCategoryYear: Year(c[6]));
    }
}

/// <summary><c>StockEtablissement</c>: what finding a head office and its département needs.</summary>
internal sealed class EstablishmentColumns : StockLayout<SireneEstablishment>
{
    public static readonly EstablishmentColumns Instance = new();

    private static readonly (string Name, bool Required)[] Layout =
    [
        ("siren", true),
        ("nic", true),
        ("statutDiffusionEtablissement", true),
        ("etablissementSiege", true),
        ("etatAdministratifEtablissement", true),
        ("codeCommuneEtablissement", true),
        ("codePostalEtablissement", true),
    ];

    protected override (string Name, bool Required)[] Columns => Layout;

    protected override string FileKind => "StockEtablissement";

    public override SireneEstablishment? Read(int line, string?[] c, out string? french, out string? english)
    {
        french = english = null;
        if (!IsSiren(c[0]) || c[1] is not { Length: 5 } nic || !IsDigits(nic))
        {
            (french, english) = ("le SIREN « " + c[0] + " » ou le NIC « " + c[1] + " » n'a pas le bon nombre de chiffres", "the SIREN '" + c[0] + "' or the NIC '" + c[1] + "' does not have the right number of digits");
            return null;
        }

        bool? headOffice = c[3] switch
        {
            "true" => true,
            "false" => false,
            _ => null,
        };
        if (headOffice is null)
        {
            (french, english) = ("etablissementSiege « " + c[3] + " » n'est ni true ni false", "etablissementSiege '" + c[3] + "' is neither true nor false");
            return null;
        }

        AdministrativeState? state = c[4] switch
        {
            "A" => AdministrativeState.Active,
            "F" => AdministrativeState.Ceased,
            _ => null,
        };
        return new SireneEstablishment(line, c[0]!, nic, c[2] is "P" or "N", headOffice.Value, state, c[5], c[6]);
    }
}
