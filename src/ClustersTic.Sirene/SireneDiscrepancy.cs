using System;
using ClustersTic.Companies;
using ClustersTic.Text;

namespace ClustersTic.Sirene;

/// <summary>One thing a member record and the Sirene register disagree on: what the record says, what the
/// register says, and how to correct the record from the register. Made by <see cref="SireneComparison"/>.</summary>
/// <remarks>Immutable and thread-safe. Whether the correction changes the eligibility decision is the caller's to
/// ask of the rules: evaluate the record and <see cref="ApplyTo"/>'s copy, and compare.</remarks>
public sealed class SireneDiscrepancy
{
    private readonly string _memberFrench;
    private readonly string _memberEnglish;
    private readonly string _registerFrench;
    private readonly string _registerEnglish;
    private readonly Func<Company, Company>? _correct;

    internal SireneDiscrepancy(SireneDiscrepancyKind kind, string siren, string? memberValue, string? registerValue, (string French, string English) member, (string French, string English) register, Func<Company, Company>? correct)
    {
        Kind = kind;
        Siren = siren;
        MemberValue = memberValue;
        RegisterValue = registerValue;
        (_memberFrench, _memberEnglish) = member;
        (_registerFrench, _registerEnglish) = register;
        _correct = correct;
    }

    /// <summary>What the two disagree on.</summary>
    public SireneDiscrepancyKind Kind { get; }

    /// <summary>A stable code for the kind, for programs (<c>ceased</c>, <c>activity</c>, <c>naf-2025</c>…).</summary>
    public string Code => CodeOf(Kind);

    /// <summary>The member record's SIREN as it was given (empty when not given).</summary>
    public string Siren { get; }

    /// <summary>The member record's value, in invariant form (ISO dates, codes as written, <c>active</c> /
    /// <c>ceased</c>); null when the record does not give it.</summary>
    public string? MemberValue { get; }

    /// <summary>The register's value, in invariant form; null when the register has none to give.</summary>
    public string? RegisterValue { get; }

    /// <summary>Whether the register gives a value that can replace the record's (see <see cref="ApplyTo"/>).</summary>
    public bool CanCorrect => _correct is not null;

    /// <summary>The stable code of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its code.</returns>
    public static string CodeOf(SireneDiscrepancyKind kind) => kind switch
    {
        SireneDiscrepancyKind.SirenNotUsable => "siren-not-usable",
        SireneDiscrepancyKind.UnknownSiren => "siren-unknown",
        SireneDiscrepancyKind.Ceased => "ceased",
        SireneDiscrepancyKind.Active => "active",
        SireneDiscrepancyKind.CessationDate => "ceased-on",
        SireneDiscrepancyKind.Activity => "activity",
        SireneDiscrepancyKind.Naf2025 => "naf-2025",
        SireneDiscrepancyKind.CreationDate => "created-on",
        SireneDiscrepancyKind.HeadOfficeSiret => "head-office",
        SireneDiscrepancyKind.UnknownEstablishment => "establishment-unknown",
        SireneDiscrepancyKind.ClosedEstablishment => "establishment-closed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of discrepancy."),
    };

    /// <summary>What the kind is about, as a column heading or the start of a sentence shows it.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label (<c>Cessée au répertoire</c>, <c>Ceased in the register</c>…).</returns>
    public static string Label(SireneDiscrepancyKind kind, Language language)
    {
        (string french, string english) = kind switch
        {
            SireneDiscrepancyKind.SirenNotUsable => ("SIREN inutilisable", "SIREN not usable"),
            SireneDiscrepancyKind.UnknownSiren => ("SIREN inconnu du répertoire", "SIREN unknown to the register"),
            SireneDiscrepancyKind.Ceased => ("Cessée au répertoire", "Ceased in the register"),
            SireneDiscrepancyKind.Active => ("Active au répertoire", "Active in the register"),
            SireneDiscrepancyKind.CessationDate => ("Date de cessation", "Cessation date"),
            SireneDiscrepancyKind.Activity => ("Activité principale (NAF rév. 2)", "Main activity (NAF rev. 2)"),
            SireneDiscrepancyKind.Naf2025 => ("Activité NAF 2025", "NAF 2025 activity"),
            SireneDiscrepancyKind.CreationDate => ("Date de création", "Creation date"),
            SireneDiscrepancyKind.HeadOfficeSiret => ("SIRET du siège", "Head-office SIRET"),
            SireneDiscrepancyKind.UnknownEstablishment => ("SIRET inconnu du répertoire", "SIRET unknown to the register"),
            SireneDiscrepancyKind.ClosedEstablishment => ("Établissement fermé", "Establishment closed"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of discrepancy."),
        };
        return language == Language.English ? english : french;
    }

    /// <summary>The member record's value as a reader sees it (dates in words, codes with their titles,
    /// <c>non renseigné</c> when not given).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The value.</returns>
    public string GetMemberValue(Language language) => language == Language.English ? _memberEnglish : Prose.Typeset(_memberFrench);

    /// <summary>The register's value as a reader sees it.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The value.</returns>
    public string GetRegisterValue(Language language) => language == Language.English ? _registerEnglish : Prose.Typeset(_registerFrench);

    /// <summary>The discrepancy in one sentence: <c>Cessée au répertoire : active dans le fichier des membres,
    /// cessée le 3 mars 2025 au répertoire Sirene.</c></summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string GetMessage(Language language) => language == Language.English
        ? Label(Kind, language) + ": " + _memberEnglish + " in the member record, " + _registerEnglish + " in the Sirene register."
        : Prose.Typeset(Label(Kind, language) + " : " + _memberFrench + " dans le fichier des membres, " + _registerFrench + " au répertoire Sirene.");

    /// <summary>A copy of a record with this discrepancy corrected from the register (that field alone).</summary>
    /// <param name="company">The record (normally the one compared).</param>
    /// <returns>The corrected copy, or null when the register gives nothing to put in its place (an unknown
    /// SIREN, an establishment's state).</returns>
    public Company? ApplyTo(Company company)
    {
        ArgumentNullException.ThrowIfNull(company);
        return _correct?.Invoke(company);
    }

    /// <inheritdoc/>
    public override string ToString() => "[" + Code + "] " + GetMessage(Language.English);
}
