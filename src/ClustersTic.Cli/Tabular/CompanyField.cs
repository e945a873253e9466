using System;
using System.Collections.Generic;
using System.Text;

namespace ClustersTic.Cli.Tabular;

/// <summary>What a column of a company table holds. Its canonical name is the one <c>--map column=field</c>
/// takes.</summary>
internal enum CompanyField
{
    Siren,
    Siret,
    SirenOrSiret,
    Name,
    Naf,
    NafRev2,
    Naf2025,
    State,
    CreatedOn,
    CeasedOn,
    Year,
    Headcount,
    Turnover,
    BalanceSheet,
    HeadcountPrevious,
    TurnoverPrevious,
    BalanceSheetPrevious,
    Cluster,
    MembershipFrom,
    MembershipTo,
}

/// <summary>The headers a company table may use, French or English, compared case- and accent-insensitively with
/// spaces, hyphens, dots, slashes and apostrophes read as underscores (<c>Date de création</c> is
/// <c>date_de_creation</c>).</summary>
internal static class CompanyFields
{
    private static readonly (CompanyField Field, string Canonical, string[] Headers)[] Table =
    [
        (CompanyField.Siren, "siren", ["siren"]),
        (CompanyField.Siret, "siret", ["siret", "siret_siege"]),
        (CompanyField.SirenOrSiret, "siren_siret", ["siren_siret", "siret_siren", "siren_ou_siret", "siren_or_siret"]),
        (CompanyField.Name, "name", ["nom", "name", "raison_sociale", "denomination", "entreprise", "company"]),
        (CompanyField.Naf, "naf", ["naf", "code_naf", "ape", "code_ape", "naf_ape"]),
        (CompanyField.NafRev2, "naf_rev2", ["naf_rev2", "naf_rev_2"]),
        (CompanyField.Naf2025, "naf_2025", ["naf_2025", "naf2025"]),
        (CompanyField.State, "state", ["etat", "state", "etat_administratif"]),
        (CompanyField.CreatedOn, "created_on", ["date_creation", "date_de_creation", "created_on", "creation"]),
        (CompanyField.CeasedOn, "ceased_on", ["date_cessation", "date_de_cessation", "ceased_on", "cessation"]),
        (CompanyField.Year, "year", ["exercice", "year"]),
        (CompanyField.Headcount, "headcount", ["effectif", "effectifs", "headcount"]),
        (CompanyField.Turnover, "turnover", ["ca", "chiffre_affaires", "chiffre_d_affaires", "turnover"]),
        (CompanyField.BalanceSheet, "balance_sheet", ["bilan", "total_bilan", "balance_sheet"]),
        (CompanyField.HeadcountPrevious, "headcount_previous", ["effectif_precedent", "effectifs_precedent", "headcount_previous"]),
        (CompanyField.TurnoverPrevious, "turnover_previous", ["ca_precedent", "chiffre_affaires_precedent", "turnover_previous"]),
        (CompanyField.BalanceSheetPrevious, "balance_sheet_previous", ["bilan_precedent", "total_bilan_precedent", "balance_sheet_previous"]),
        (CompanyField.Cluster, "cluster", ["cluster"]),
        (CompanyField.MembershipFrom, "membership_from", ["adhesion_debut", "debut_adhesion", "membership_from"]),
        (CompanyField.MembershipTo, "membership_to", ["adhesion_fin", "fin_adhesion", "membership_to"]),
    ];

    /// <summary>Every field's canonical name, in table order (for messages and the help).</summary>
    public static IEnumerable<string> CanonicalNames()
    {
        foreach ((_, string canonical, _) in Table)
        {
            yield return canonical;
        }
    }

    /// <summary>The field a header names, by its headers or its canonical name.</summary>
    public static bool TryGet(string header, out CompanyField field)
    {
        string key = Normalize(header);
        foreach ((CompanyField f, string canonical, string[] headers) in Table)
        {
            if (key == canonical || Array.IndexOf(headers, key) >= 0)
            {
                field = f;
                return true;
            }
        }

        field = default;
        return false;
    }

    /// <summary>The canonical name of a field.</summary>
    public static string Name(CompanyField field)
    {
        foreach ((CompanyField f, string canonical, _) in Table)
        {
            if (f == field)
            {
                return canonical;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(field));
    }

    /// <summary>Lower case without accents; runs of spaces, <c>-</c>, <c>.</c>, <c>/</c>, apostrophes and
    /// underscores become one underscore, trimmed at both ends.</summary>
    public static string Normalize(string header)
    {
        var builder = new StringBuilder(header.Length);
        bool pendingUnderscore = false;
        foreach (char c in header)
        {
            char folded = Fold(char.ToLowerInvariant(c));
            if (folded is ' ' or '\u00A0' or '\u202F' or '\t' or '-' or '.' or '/' or '\'' or '\u2019' or '_' or '(' or ')')
            {
                pendingUnderscore = builder.Length > 0;
                continue;
            }

            if (folded == '\uFEFF')
            {
                continue;
            }

            if (pendingUnderscore)
            {
                builder.Append('_');
                pendingUnderscore = false;
            }

            if (folded == 'œ')
            {
                builder.Append("oe");
            }
            else
            {
                builder.Append(folded);
            }
        }

        return builder.ToString();
    }

    private static char Fold(char c) => c switch
    {
        'à' or 'â' or 'ä' or 'á' or 'ã' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'î' or 'ï' or 'í' => 'i',
        'ô' or 'ö' or 'ó' => 'o',
        'ù' or 'û' or 'ü' or 'ú' => 'u',
        'ç' => 'c',
        'ÿ' => 'y',
        _ => c,
    };
}
