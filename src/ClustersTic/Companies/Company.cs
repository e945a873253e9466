using System;
using System.Collections.Generic;
using ClustersTic.Identifiers;
using ClustersTic.Internal;
using NodaTime;

namespace ClustersTic.Companies;

/// <summary>A company, as a cluster's tools know it.</summary>
/// <remarks>
/// <para>Identifiers and activity codes are kept as given (strings), so that an invalid one becomes a
/// finding of the decision rather than an exception. Null means "not given" and is never read as "no".</para>
/// <para>Immutable: lists are copied when set, and exposed read-only. Equality is by value, lists compared item by item. Thread-safe.</para>
/// </remarks>
public sealed record Company
{
    private readonly ArrayPrefix<ClosedYearFigures> _closedYears = ReadOnly.Empty<ClosedYearFigures>.List;
    private readonly ArrayPrefix<ClusterMembership>? _memberships;

    /// <summary>The SIREN, as given (spaces allowed), or null when not given; checked by CO-1. A SIREN that is
    /// null, empty or blank (only white space) is <em>not given</em>: CO-1 is then unknown, never failed
    /// (reading 31).</summary>
    public string? Siren { get; init; }

    /// <summary>The SIRET of the main establishment, as given, or null; checked by CO-1 when given (a blank
    /// SIRET is not given).</summary>
    public string? Siret { get; init; }

    /// <summary>The legal name.</summary>
    public required string Name { get; init; }

    /// <summary>The main activity code in NAF rév. 2 (<c>62.01Z</c> or <c>6201Z</c>), or null.</summary>
    public string? NafRev2 { get; init; }

    /// <summary>The main activity code in NAF 2025 (<c>62.10Y</c>), or null.</summary>
    public string? Naf2025 { get; init; }

    /// <summary>The figures of the last closed years (for the size category, CO-5).</summary>
    public IReadOnlyList<ClosedYearFigures> ClosedYears
    {
        get => _closedYears;
        init => _closedYears = CheckDistinctYears(ReadOnly.Copy(value, nameof(ClosedYears)));
    }

    /// <summary>The administrative state (CO-2), or null when not given.</summary>
    public AdministrativeState? State { get; init; }

    /// <summary>The date the company ceased trading, when <see cref="State"/> is
    /// <see cref="AdministrativeState.Ceased"/>; inactive from that date inclusive.</summary>
    public LocalDate? CeasedOn { get; init; }

    /// <summary>The company's creation date, or null; a company created after the as-of date fails CO-2.</summary>
    public LocalDate? CreatedOn { get; init; }

    /// <summary>The company's cluster memberships (CO-3, and LC-4 for its signature), or null when not given
    /// (the default). Null makes CO-3 unknown (reading 31); an empty list means "no membership" and fails it.</summary>
    public IReadOnlyList<ClusterMembership>? Memberships
    {
        get => _memberships;
        init => _memberships = value is null ? null : ReadOnly.Copy(value, nameof(Memberships));
    }

    /// <summary>A sector derogation granted by its cluster (CO-4), or null.</summary>
    public SectorDerogation? Derogation { get; init; }

    /// <summary>A copy with the SIREN and SIRET read from one value that may be either — a CRM's single
    /// "SIREN/SIRET" column (see <see cref="CompanyIdentifier"/>). Fourteen digits (spaces ignored) are a SIRET,
    /// kept as given, and the SIREN is its first nine digits; any other value is the SIREN, as given, so that
    /// CO-1 says what is wrong with it (a dot or a hyphen makes it invalid, reading 1). A blank value is not
    /// given: both are then null (reading 31).</summary>
    /// <param name="sirenOrSiret">The value, as the record has it.</param>
    /// <returns>The copy.</returns>
    public Company WithSirenOrSiret(string? sirenOrSiret)
    {
        if (string.IsNullOrWhiteSpace(sirenOrSiret))
        {
            return this with { Siren = null, Siret = null };
        }

        if (CompanyIdentifier.CountDigits(sirenOrSiret.AsSpan()) != Identifiers.Siret.Length)
        {
            return this with { Siren = sirenOrSiret, Siret = null };
        }

        var digits = new System.Text.StringBuilder(Identifiers.Siren.Length);
        foreach (char c in sirenOrSiret!)
        {
            if (c >= '0' && c <= '9' && digits.Length < Identifiers.Siren.Length)
            {
                digits.Append(c);
            }
        }

        return this with { Siren = digits.ToString(), Siret = sirenOrSiret };
    }

    /// <summary>A copy with a NAF code whose nomenclature the record does not say, placed per reading 5: a code
    /// ending in <c>Y</c> (trimmed, any case) is NAF 2025 and goes to <see cref="Naf2025"/>; any other value goes
    /// to <see cref="NafRev2"/>, as given. A blank value is not given and changes nothing.</summary>
    /// <param name="code">The code, as the record has it (a CRM's "Code NAF" column).</param>
    /// <returns>The copy.</returns>
    public Company WithNaf(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return this;
        }

        return IsNaf2025(code!) ? this with { Naf2025 = code } : this with { NafRev2 = code };
    }

    /// <summary>Reading 5: an unlabelled code ending in <c>Y</c> is NAF 2025.</summary>
    internal static bool IsNaf2025(string code)
    {
        string trimmed = code.Trim();
        return trimmed.Length > 0 && (trimmed[trimmed.Length - 1] is 'Y' or 'y');
    }

    /// <summary>The closed years, for the rules' loops (no interface call per item).</summary>
    internal ReadOnlySpan<ClosedYearFigures> ClosedYearItems => _closedYears.AsSpan();

    /// <summary>The memberships, for the rules' loops (no interface call per item).</summary>
    /// <remarks>Empty when not given: check <see cref="Memberships"/> for null first.</remarks>
    internal ReadOnlySpan<ClusterMembership> MembershipItems => _memberships is null ? default : _memberships.AsSpan();

    private static ArrayPrefix<ClosedYearFigures> CheckDistinctYears(ArrayPrefix<ClosedYearFigures> years)
    {
        var seen = new HashSet<int>();
        foreach (ClosedYearFigures year in years.AsSpan())
        {
            if (!seen.Add(year.Year))
            {
                throw new System.ArgumentException($"The closed year {year.Year} is given more than once in ClosedYears.", nameof(years));
            }
        }

        return years;
    }

    /// <summary>Value equality: every property, lists compared item by item (null and empty differ).</summary>
    /// <param name="other">The other company.</param>
    /// <returns>True when both hold the same values.</returns>
    public bool Equals(Company? other) => other is not null
        && ValueEquality.Text(Siren, other.Siren)
        && ValueEquality.Text(Siret, other.Siret)
        && ValueEquality.Text(Name, other.Name)
        && ValueEquality.Text(NafRev2, other.NafRev2)
        && ValueEquality.Text(Naf2025, other.Naf2025)
        && ValueEquality.Lists(ClosedYears, other.ClosedYears)
        && State == other.State
        && CeasedOn == other.CeasedOn
        && CreatedOn == other.CreatedOn
        && ValueEquality.Lists(Memberships, other.Memberships)
        && Equals(Derogation, other.Derogation);

    /// <summary>A hash consistent with <see cref="Equals(Company?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => unchecked((ValueEquality.Hash(Siren) * 31) + ValueEquality.Hash(Name) + ValueEquality.Hash(Memberships));
}
