using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClustersTic.Companies;
using ClustersTic.Text;
using NodaTime;

namespace ClustersTic.Sirene.Tests;

/// <summary>A member record against its legal unit (issue 18, point 2): each kind of discrepancy, what the
/// register does not give, and the corrections.</summary>
public sealed class ComparisonTests
{
    private static readonly Dictionary<string, string> Unit = new()
    {
        ["siren"] = "732829320", ["statutDiffusionUniteLegale"] = "O", ["dateCreationUniteLegale"] = "2010-03-01",
        ["dateDebut"] = "2025-06-30", ["etatAdministratifUniteLegale"] = "C", ["denominationUniteLegale"] = "ATELIER WEB FOREZ",
        ["activitePrincipaleUniteLegale"] = "62.01Z", ["nomenclatureActivitePrincipaleUniteLegale"] = "NAFRev2",
        ["nicSiegeUniteLegale"] = "00017", ["activitePrincipaleNAF25UniteLegale"] = "62.10Y",
    };

    private static readonly Company Member = new()
    {
        Siren = "732 829 320",
        Name = "Atelier Web Forez",
        NafRev2 = "6202A",
        State = AdministrativeState.Active,
        CreatedOn = new LocalDate(2010, 3, 1),
    };

    [Fact]
    public void EachDisagreement_IsADiscrepancy_InAFixedOrder_WithBothValues()
    {
        IReadOnlyList<SireneDiscrepancy> found = SireneComparison.Compare(Member, Read(Unit));

        found.Select(d => d.Kind).Should().Equal(SireneDiscrepancyKind.Ceased, SireneDiscrepancyKind.Activity, SireneDiscrepancyKind.Naf2025);
        SireneDiscrepancy ceased = found[0];
        ceased.Code.Should().Be("ceased");
        ceased.Siren.Should().Be("732 829 320", "the record's SIREN as given");
        ceased.MemberValue.Should().Be("active");
        ceased.RegisterValue.Should().Be("ceased");
        ceased.GetRegisterValue(Language.French).Should().Be("cessée le 30\u00A0juin 2025");
        ceased.GetMessage(Language.French).Should().Be("Cessée au répertoire\u00A0: active dans le fichier des membres, cessée le 30\u00A0juin 2025 au répertoire Sirene.");
        ceased.GetMessage(Language.English).Should().Be("Ceased in the register: active in the member record, ceased on 30 June 2025 in the Sirene register.");

        SireneDiscrepancy activity = found[1];
        activity.MemberValue.Should().Be("6202A");
        activity.RegisterValue.Should().Be("62.01Z");
        activity.GetMemberValue(Language.French).Should().Be("62.02A — Conseil en systèmes et logiciels informatiques", "both codes are shown with their titles");
        activity.GetRegisterValue(Language.French).Should().Be("62.01Z — Programmation informatique");

        found[2].MemberValue.Should().BeNull("the record has no NAF 2025 code: the register's is available");
        found[2].GetMemberValue(Language.English).Should().Be("not given");
        found[2].GetRegisterValue(Language.English).Should().Be("62.10Y — Computer programming activities");
    }

    [Fact]
    public void ARecordThatAgrees_HasNoDiscrepancy_AndCodesCompareAsCodes()
    {
        Company agreeing = Member with { NafRev2 = " 6201z ", Naf2025 = "62.10Y", State = AdministrativeState.Ceased, CeasedOn = new LocalDate(2025, 6, 30), Siret = "732 829 320 00017" };
        SireneComparison.Compare(agreeing, Read(Unit)).Should().BeEmpty();
    }

    [Fact]
    public void WhatTheRegisterDoesNotGive_IsNeverADiscrepancy()
    {
        // A partially diffused unit: its values [ND] are not given; an active state with no date is still active.
        var hidden = new Dictionary<string, string>(Unit)
        {
            ["statutDiffusionUniteLegale"] = "P", ["dateCreationUniteLegale"] = "[ND]", ["nicSiegeUniteLegale"] = "[ND]",
            ["activitePrincipaleNAF25UniteLegale"] = "", ["etatAdministratifUniteLegale"] = "A", ["dateDebut"] = "",
            ["activitePrincipaleUniteLegale"] = "62.02A",
        };
        Company member = Member with { NafRev2 = "62.02A", CreatedOn = null, Siret = "73282932000074" };
        SireneComparison.Compare(member, Read(hidden)).Should().BeEmpty();
    }

    [Fact]
    public void AnOldNomenclatureInTheRegister_IsNotComparedWithTheRecordsRev2Code()
    {
        var old = new Dictionary<string, string>(Unit) { ["activitePrincipaleUniteLegale"] = "72.2A", ["nomenclatureActivitePrincipaleUniteLegale"] = "NAFRev1" };
        SireneComparison.Compare(Member, Read(old)).Select(d => d.Kind).Should().NotContain(SireneDiscrepancyKind.Activity);
    }

    [Fact]
    public void StateAndDates_EachWay()
    {
        var active = new Dictionary<string, string>(Unit) { ["etatAdministratifUniteLegale"] = "A" };
        Company ceasedMember = Member with { State = AdministrativeState.Ceased, CeasedOn = new LocalDate(2024, 1, 1), NafRev2 = "62.01Z", Naf2025 = "62.10Y" };
        SireneDiscrepancy activeAgain = SireneComparison.Compare(ceasedMember, Read(active)).Single();
        activeAgain.Kind.Should().Be(SireneDiscrepancyKind.Active);
        activeAgain.GetMemberValue(Language.French).Should().Be("cessée le 1er\u00A0janvier 2024");
        Company corrected = activeAgain.ApplyTo(ceasedMember)!;
        corrected.State.Should().Be(AdministrativeState.Active);
        corrected.CeasedOn.Should().BeNull();

        // Reading 34: "active" with a cessation date is ceased; the dates then differ.
        Company activeWithDate = ceasedMember with { State = AdministrativeState.Active };
        SireneDiscrepancy date = SireneComparison.Compare(activeWithDate, Read(Unit)).Single();
        date.Kind.Should().Be(SireneDiscrepancyKind.CessationDate);
        date.MemberValue.Should().Be("2024-01-01");
        date.RegisterValue.Should().Be("2025-06-30");
        date.ApplyTo(activeWithDate)!.CeasedOn.Should().Be(new LocalDate(2025, 6, 30));

        Company noState = Member with { State = null, NafRev2 = "62.01Z", Naf2025 = "62.10Y", CreatedOn = new LocalDate(2011, 1, 1) };
        SireneComparison.Compare(noState, Read(active)).Select(d => d.Kind).Should().Equal(SireneDiscrepancyKind.Active, SireneDiscrepancyKind.CreationDate);
    }

    [Fact]
    public void Siren_NotUsableOrUnknown_AndAUnitOfAnotherSiren_IsRefused()
    {
        SireneComparison.Compare(Member with { Siren = "732829321" }, null).Single().Kind.Should().Be(SireneDiscrepancyKind.SirenNotUsable);
        SireneComparison.Compare(Member with { Siren = "  " }, null).Single().GetMemberValue(Language.English).Should().Be("not given");
        SireneDiscrepancy unknown = SireneComparison.Compare(Member, null).Single();
        unknown.Kind.Should().Be(SireneDiscrepancyKind.UnknownSiren);
        unknown.CanCorrect.Should().BeFalse();
        unknown.ApplyTo(Member).Should().BeNull();

        Action other = () => SireneComparison.Compare(Member with { Siren = "552100554" }, Read(Unit));
        other.Should().Throw<ArgumentException>().WithParameterName("legalUnit");
    }

    [Fact]
    public void HeadOffice_OnlyAGivenSiretThatDiffers()
    {
        Company agreeing = Member with { NafRev2 = "62.01Z", Naf2025 = "62.10Y", State = null, CeasedOn = null };
        var active = new Dictionary<string, string>(Unit) { ["etatAdministratifUniteLegale"] = "A" };
        SireneComparison.Compare(agreeing with { State = AdministrativeState.Active }, Read(active)).Should().BeEmpty("no SIRET given: nothing to compare");

        SireneDiscrepancy office = SireneComparison.Compare(agreeing with { State = AdministrativeState.Active, Siret = "73282932000074" }, Read(active)).Single();
        office.Kind.Should().Be(SireneDiscrepancyKind.HeadOfficeSiret);
        office.RegisterValue.Should().Be("73282932000017");
        office.ApplyTo(agreeing)!.Siret.Should().Be("73282932000017");
    }

    [Fact]
    public void Update_AppliesEveryCorrection_AndKeepsTheRest()
    {
        Company member = Member with { Memberships = [new ClusterMembership("loire-numerique", new LocalDate(2014, 1, 1), null)] };
        Company updated = SireneComparison.Update(member, SireneComparison.Compare(member, Read(Unit)));

        updated.State.Should().Be(AdministrativeState.Ceased);
        updated.CeasedOn.Should().Be(new LocalDate(2025, 6, 30));
        updated.NafRev2.Should().Be("62.01Z");
        updated.Naf2025.Should().Be("62.10Y");
        updated.Name.Should().Be("Atelier Web Forez", "the register's name is not the member's business");
        updated.Memberships.Should().Equal(member.Memberships);
        SireneComparison.Compare(updated, Read(Unit)).Should().BeEmpty("an updated record agrees with the register");
    }

    [Fact]
    public void Establishments_UnknownOrClosed()
    {
        Company member = Member with { Siret = "73282932000017" };
        SireneComparison.CompareEstablishment(member, null).Single().Kind.Should().Be(SireneDiscrepancyKind.UnknownEstablishment);
        SireneComparison.CompareEstablishment(Member, null).Should().BeEmpty("no SIRET given");

        string path = StockFiles.Write(StockFiles.Csv(StockFiles.EstablishmentHeader, new Dictionary<string, string>
        {
            ["siren"] = "732829320", ["nic"] = "00017", ["siret"] = "73282932000017", ["statutDiffusionEtablissement"] = "O",
            ["etablissementSiege"] = "true", ["etatAdministratifEtablissement"] = "F", ["codeCommuneEtablissement"] = "42218",
        }), zipped: false);
        try
        {
            using SireneStockReader<SireneEstablishment> reader = SireneStock.OpenEstablishments(path);
            SireneEstablishment closed = reader.Records().Single();
            SireneComparison.CompareEstablishment(member, closed).Single().Kind.Should().Be(SireneDiscrepancyKind.ClosedEstablishment);
            Action other = () => SireneComparison.CompareEstablishment(member with { Siret = "73282932000074" }, closed);
            other.Should().Throw<ArgumentException>().WithParameterName("establishment");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ToCompany_GivesTheRulesWhatTheRegisterSays()
    {
        Company company = Read(Unit).ToCompany();
        company.Siren.Should().Be("732829320");
        company.Siret.Should().Be("73282932000017");
        company.Name.Should().Be("ATELIER WEB FOREZ");
        company.NafRev2.Should().Be("62.01Z");
        company.Naf2025.Should().Be("62.10Y");
        company.State.Should().Be(AdministrativeState.Ceased);
        company.CeasedOn.Should().Be(new LocalDate(2025, 6, 30));
        company.ClosedYears.Should().BeEmpty("an employee band is not a headcount");
        company.Memberships.Should().BeNull("not given");
    }

    [Fact]
    public void EveryKind_HasACodeAndLabels()
    {
        foreach (SireneDiscrepancyKind kind in Enum.GetValues<SireneDiscrepancyKind>())
        {
            SireneDiscrepancy.CodeOf(kind).Should().MatchRegex("^[a-z0-9-]+$");
            SireneDiscrepancy.Label(kind, Language.French).Should().NotBe(SireneDiscrepancy.Label(kind, Language.English));
        }

        Enum.GetValues<SireneDiscrepancyKind>().Select(SireneDiscrepancy.CodeOf).Should().OnlyHaveUniqueItems();
        Action unknown = () => SireneDiscrepancy.CodeOf((SireneDiscrepancyKind)99);
        unknown.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static SireneLegalUnit Read(Dictionary<string, string> row)
    {
        string path = StockFiles.Write(StockFiles.Csv(StockFiles.LegalUnitHeader, row), zipped: false);
        try
        {
            using SireneStockReader<SireneLegalUnit> reader = SireneStock.OpenLegalUnits(path);
            return reader.Records().Single();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
