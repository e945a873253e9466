using System;
using System.Collections.Generic;
using ClustersTic.Companies;
using ClustersTic.Identifiers;
using ClustersTic.Text;
using NodaTime;

namespace ClustersTic.Sirene;

/// <summary>A member record checked against the Sirene register: every field the rules read (CO-1, CO-2, CO-4)
/// that the register knows better — state and cessation, main activity in NAF rév. 2 and NAF 2025, creation date,
/// head-office SIRET — and, with the establishment file, the record's own SIRET.</summary>
/// <remarks>A value the register does not give (empty, or <c>[ND]</c> for a partially diffused unit) is never a
/// discrepancy: unknown is not "different". A value the record does not give while the register does is one,
/// since correcting the record would change it — except the SIRET, which is optional and which no rule needs: only a
/// given SIRET that is not the head office's is a discrepancy.</remarks>
public static class SireneComparison
{
    /// <summary>The discrepancies between a member record and its legal unit in the register.</summary>
    /// <param name="member">The member record.</param>
    /// <param name="legalUnit">The legal unit with the record's SIREN, or null when the stock file has none.</param>
    /// <returns>The discrepancies, in a fixed order (state, activity, NAF 2025, creation, head office); empty when
    /// the record agrees with the register. A record whose SIREN is not given or not valid gives one
    /// <see cref="SireneDiscrepancyKind.SirenNotUsable"/>; a valid one the file lacks, one
    /// <see cref="SireneDiscrepancyKind.UnknownSiren"/>.</returns>
    /// <exception cref="ArgumentException">The legal unit is not the record's (another SIREN).</exception>
    public static IReadOnlyList<SireneDiscrepancy> Compare(Company member, SireneLegalUnit? legalUnit)
    {
        ArgumentNullException.ThrowIfNull(member);
        string given = member.Siren ?? string.Empty;
        if (!Identifiers.Siren.TryParse(member.Siren, out Siren siren))
        {
            string shown = string.IsNullOrWhiteSpace(member.Siren) ? NotGivenFrench : "« " + member.Siren + " »";
            string shownEnglish = string.IsNullOrWhiteSpace(member.Siren) ? NotGivenEnglish : "'" + member.Siren + "'";
            return [new SireneDiscrepancy(SireneDiscrepancyKind.SirenNotUsable, given, member.Siren, null, (shown, shownEnglish), ("non recherché", "not looked up"), null)];
        }

        if (legalUnit is null)
        {
            return [new SireneDiscrepancy(SireneDiscrepancyKind.UnknownSiren, given, siren.ToString(), null, (siren.ToString(), siren.ToString()), ("absent", "absent"), null)];
        }

        if (!string.Equals(legalUnit.Siren, siren.ToString(), StringComparison.Ordinal))
        {
            throw new ArgumentException("The legal unit " + legalUnit.Siren + " is not the member record's (" + siren.ToString() + ").", nameof(legalUnit));
        }

        var found = new List<SireneDiscrepancy>();
        CompareState(member, legalUnit, given, found);
        CompareActivity(member, legalUnit, given, found);
        CompareCreation(member, legalUnit, given, found);
        CompareHeadOffice(member, legalUnit, given, found);
        return found;
    }

    /// <summary>The discrepancies between a member record's SIRET and its establishment in the register.</summary>
    /// <param name="member">The member record.</param>
    /// <param name="establishment">The establishment with the record's SIRET, or null when the file has none.</param>
    /// <returns>Empty when the record gives no valid SIRET (that is CO-1's to say) or when the establishment is
    /// open; otherwise one discrepancy: unknown or closed.</returns>
    /// <exception cref="ArgumentException">The establishment is not the record's (another SIRET).</exception>
    public static IReadOnlyList<SireneDiscrepancy> CompareEstablishment(Company member, SireneEstablishment? establishment)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (!Identifiers.Siret.TryParse(member.Siret, out Siret siret))
        {
            return [];
        }

        string given = member.Siren ?? string.Empty;
        string text = siret.ToString();
        if (establishment is null)
        {
            return [new SireneDiscrepancy(SireneDiscrepancyKind.UnknownEstablishment, given, text, null, (text, text), ("absent", "absent"), null)];
        }

        if (!string.Equals(establishment.Siret, text, StringComparison.Ordinal))
        {
            throw new ArgumentException("The establishment " + establishment.Siret + " is not the member record's (" + text + ").", nameof(establishment));
        }

        return establishment.State == AdministrativeState.Ceased
            ? [new SireneDiscrepancy(SireneDiscrepancyKind.ClosedEstablishment, given, text, "closed", (text, text), ("fermé", "closed"), null)]
            : [];
    }

    /// <summary>A copy of a member record with every correctable discrepancy corrected from the register.</summary>
    /// <param name="member">The member record.</param>
    /// <param name="discrepancies">Its discrepancies (from <see cref="Compare"/> and <see cref="CompareEstablishment"/>).</param>
    /// <returns>The updated record; the record itself when nothing can be corrected.</returns>
    public static Company Update(Company member, IEnumerable<SireneDiscrepancy> discrepancies)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(discrepancies);
        Company updated = member;
        foreach (SireneDiscrepancy discrepancy in discrepancies)
        {
            updated = discrepancy.ApplyTo(updated) ?? updated;
        }

        return updated;
    }

    private const string NotGivenFrench = "non renseigné";
    private const string NotGivenEnglish = "not given";

    private static void CompareState(Company member, SireneLegalUnit unit, string siren, List<SireneDiscrepancy> found)
    {
        if (unit.State is not AdministrativeState registerState)
        {
            return;
        }

        // Reading 34: a record "active" with a cessation date is read as ceased from that date.
        bool memberCeased = member.State == AdministrativeState.Ceased || member.CeasedOn is not null;
        (string French, string English) memberText = member.State is null && member.CeasedOn is null
            ? (NotGivenFrench, NotGivenEnglish)
            : memberCeased ? Ceased(member.CeasedOn) : ("active", "active");
        string? memberValue = member.State is null && member.CeasedOn is null ? null : memberCeased ? "ceased" : "active";
        if (registerState == AdministrativeState.Ceased)
        {
            LocalDate? since = unit.StateSince;
            if (!memberCeased)
            {
                found.Add(new SireneDiscrepancy(SireneDiscrepancyKind.Ceased, siren, memberValue, "ceased", memberText, Ceased(since), c => c with { State = AdministrativeState.Ceased, CeasedOn = since }));
            }
            else if (since is LocalDate date && member.CeasedOn != date)
            {
                found.Add(new SireneDiscrepancy(SireneDiscrepancyKind.CessationDate, siren, Iso(member.CeasedOn), Iso(date), DateText(member.CeasedOn), DateText(date), c => c with { State = AdministrativeState.Ceased, CeasedOn = date }));
            }
        }
        else if (memberCeased || member.State is null)
        {
            found.Add(new SireneDiscrepancy(SireneDiscrepancyKind.Active, siren, memberValue, "active", memberText, ("active", "active"), c => c with { State = AdministrativeState.Active, CeasedOn = null }));
        }
    }

    private static void CompareActivity(Company member, SireneLegalUnit unit, string siren, List<SireneDiscrepancy> found)
    {
        // Only a rév. 2 code is compared with the record's rév. 2 code: a ceased unit's activity may still be in
        // NAF rév. 1 or older, which the rules do not read.
        if (unit.IsRev2
            && NafCode.TryParse(unit.MainActivity, NafNomenclature.Rev2, out NafCode rev2) && rev2.Exists)
        {
            AddIfCodeDiffers(SireneDiscrepancyKind.Activity, member.NafRev2, NafNomenclature.Rev2, rev2, siren, c => c with { NafRev2 = rev2.ToString() }, found);
        }

        if (NafCode.TryParse(unit.MainActivityNaf2025, NafNomenclature.Naf2025, out NafCode naf2025) && naf2025.Exists)
        {
            AddIfCodeDiffers(SireneDiscrepancyKind.Naf2025, member.Naf2025, NafNomenclature.Naf2025, naf2025, siren, c => c with { Naf2025 = naf2025.ToString() }, found);
        }
    }

    private static void AddIfCodeDiffers(SireneDiscrepancyKind kind, string? memberText, NafNomenclature nomenclature, NafCode register, string siren, Func<Company, Company> correct, List<SireneDiscrepancy> found)
    {
        // Reading 43: a blank code is not given.
        bool given = !string.IsNullOrWhiteSpace(memberText);
        if (given && NafCode.TryParse(memberText, nomenclature, out NafCode memberCode) && memberCode == register)
        {
            return;
        }

        (string French, string English) shown = !given
            ? (NotGivenFrench, NotGivenEnglish)
            : NafCode.TryParse(memberText, nomenclature, out NafCode parsed)
                ? (NafNomenclatures.Describe(parsed, Language.French), NafNomenclatures.Describe(parsed, Language.English))
                : ("« " + memberText!.Trim() + " »", "'" + memberText!.Trim() + "'");
        found.Add(new SireneDiscrepancy(
            kind,
            siren,
            given ? memberText!.Trim() : null,
            register.ToString(),
            shown,
            (NafNomenclatures.Describe(register, Language.French), NafNomenclatures.Describe(register, Language.English)),
            correct));
    }

    private static void CompareCreation(Company member, SireneLegalUnit unit, string siren, List<SireneDiscrepancy> found)
    {
        if (unit.CreatedOn is LocalDate created && member.CreatedOn != created)
        {
            found.Add(new SireneDiscrepancy(SireneDiscrepancyKind.CreationDate, siren, Iso(member.CreatedOn), Iso(created), DateText(member.CreatedOn), DateText(created), c => c with { CreatedOn = created }));
        }
    }

    private static void CompareHeadOffice(Company member, SireneLegalUnit unit, string siren, List<SireneDiscrepancy> found)
    {
        if (unit.HeadOfficeSiret is not string headOffice || !Identifiers.Siret.TryParse(headOffice, out Siret register))
        {
            return;
        }

        // The SIRET is optional and no rule needs it: a record without one is not "different", and is left without.
        if (string.IsNullOrWhiteSpace(member.Siret)
            || (Identifiers.Siret.TryParse(member.Siret, out Siret memberSiret) && memberSiret == register))
        {
            return;
        }

        string memberValue = member.Siret!.Trim();
        string registerText = register.ToString();
        found.Add(new SireneDiscrepancy(SireneDiscrepancyKind.HeadOfficeSiret, siren, memberValue, registerText, (memberValue, memberValue), (registerText, registerText), c => c with { Siret = registerText }));
    }

    private static (string French, string English) Ceased(LocalDate? on) => on is LocalDate date
        ? ("cessée le " + Prose.Date(date, Language.French), "ceased on " + Prose.Date(date, Language.English))
        : ("cessée (date non renseignée)", "ceased (date not given)");

    private static (string French, string English) DateText(LocalDate? date) => date is LocalDate d
        ? (Prose.Date(d, Language.French), Prose.Date(d, Language.English))
        : (NotGivenFrench, NotGivenEnglish);

    private static string? Iso(LocalDate? date) => date?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
