using ClustersTic.Identifiers;
using ClustersTic.Text;

namespace ClustersTic.Cli;

/// <summary>What <c>check</c> can check.</summary>
internal enum ValueKind
{
    Siren,
    Siret,
    Vat,
    Naf,
}

/// <summary>The outcome of checking one value: valid or not, its canonical form, why not, and what else the
/// library says of it (the VAT number of a SIREN, the title of a NAF code).</summary>
/// <param name="Kind">What the value was checked as.</param>
/// <param name="Input">The value as given.</param>
/// <param name="Valid">True when it is valid (for a NAF code: well formed and in its nomenclature).</param>
/// <param name="Canonical">The canonical form (<c>552100554</c>, <c>62.02A</c>) when valid.</param>
/// <param name="Display">The form people read (<c>552 100 554</c>) when valid.</param>
/// <param name="Reason">Why not, as the library's invariant name (<c>Checksum</c>, <c>NotInNomenclature</c>).</param>
/// <param name="ReasonText">Why not, in the language asked for.</param>
/// <param name="Detail">What else the library says of a valid value, in that language.</param>
internal sealed record ValueCheck(ValueKind Kind, string Input, bool Valid, string? Canonical, string? Display, string? Reason, string? ReasonText, string? Detail)
{
    /// <summary>Which kind a value is, when the user does not say: <c>FR…</c> is a VAT number; a value ending in a
    /// letter is a NAF code; fourteen digits a SIRET; anything else is read as a SIREN (whose rules then say what
    /// is wrong with it).</summary>
    public static ValueKind Infer(string value)
    {
        string trimmed = value.Trim();
        if (trimmed.Length >= 2 && char.ToUpperInvariant(trimmed[0]) == 'F' && char.ToUpperInvariant(trimmed[1]) == 'R')
        {
            return ValueKind.Vat;
        }

        if (trimmed.Length > 0 && char.IsAsciiLetter(trimmed[^1]))
        {
            return ValueKind.Naf;
        }

        return DigitCount(trimmed) == Siret.Length ? ValueKind.Siret : ValueKind.Siren;
    }

    /// <summary>Checks a value as the given kind, with the library's rules and words.</summary>
    public static ValueCheck Run(string value, ValueKind kind, Language language) => kind switch
    {
        ValueKind.Siren => Siren.TryParse(value, out Siren siren, out IdentifierParseFailure failure)
            ? new(kind, value, true, siren.ToString(), siren.ToString("S", null), null, null, (language == Language.English ? "VAT number " : "TVA intracommunautaire ") + siren.ToVatNumber().ToString())
            : Invalid(kind, value, failure, language),
        ValueKind.Siret => Siret.TryParse(value, out Siret siret, out IdentifierParseFailure failure)
            ? new(kind, value, true, siret.ToString(), siret.ToString("S", null), null, null, "SIREN " + siret.Siren.ToString("S", null) + ", NIC " + siret.Nic.ToString("D5", System.Globalization.CultureInfo.InvariantCulture))
            : Invalid(kind, value, failure, language),
        ValueKind.Vat => FrenchVatNumber.TryParse(value, out FrenchVatNumber vat, out IdentifierParseFailure failure)
            ? new(kind, value, true, vat.ToString(), vat.ToString("S", null), null, null, "SIREN " + vat.Siren.ToString("S", null))
            : Invalid(kind, value, failure, language),
        _ => Naf(value, language),
    };

    /// <summary>A NAF code: valid when it exists in a nomenclature. Reading 5 infers the nomenclature from the
    /// letter (Y: NAF 2025, any other: rév. 2); INSEE's NAF 2025 also has national sub-classes lettered G, H, J, K
    /// and L (<c>62.20G</c>), which rév. 2 never uses, so a code that does not exist in the inferred nomenclature
    /// but does in the other one is valid, and the answer names that nomenclature (docs/nomenclatures.md).</summary>
    private static ValueCheck Naf(string value, Language language)
    {
        NafCodeStatus status = NafNomenclatures.Check(value);
        NafCode code;
        if (status == NafCodeStatus.NotInNomenclature
            && NafCode.TryParse(value, out NafCode inferred)
            && NafCode.TryParse(value, inferred.Nomenclature == NafNomenclature.Rev2 ? NafNomenclature.Naf2025 : NafNomenclature.Rev2, out NafCode other)
            && other.Exists)
        {
            code = other;
        }
        else if (status != NafCodeStatus.Known || !NafCode.TryParse(value, out code))
        {
            return new(ValueKind.Naf, value, false, null, null, status.ToString(), Labels.Get(status, language), null);
        }

        string nomenclature = Labels.Get(code.Nomenclature, language);
        string? title = NafNomenclatures.GetTitle(code, language);
        return new(ValueKind.Naf, value, true, code.ToString(), code.ToString(), null, null, title is null ? nomenclature : title + " (" + nomenclature + ")");
    }

    private static ValueCheck Invalid(ValueKind kind, string value, IdentifierParseFailure failure, Language language) =>
        new(kind, value, false, null, null, failure.ToString(), Labels.Get(failure, language), null);

    private static int DigitCount(string value)
    {
        int count = 0;
        foreach (char c in value)
        {
            if (c is >= '0' and <= '9')
            {
                count++;
            }
        }

        return count;
    }
}
