using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClustersTic.Companies;
using ClustersTic.Text;
using NodaTime;

namespace ClustersTic.Sirene.Tests;

/// <summary>The legal-unit and establishment stock readers (issue 18, point 1): columns by name, plain or zipped,
/// partially diffused units, unreadable rows located, a missing or repeated column named.</summary>
public sealed class StockReaderTests
{
    private static readonly Dictionary<string, string> Active = new()
    {
        ["siren"] = "732829320", ["statutDiffusionUniteLegale"] = "O", ["dateCreationUniteLegale"] = "2010-03-01",
        ["trancheEffectifsUniteLegale"] = "03", ["anneeEffectifsUniteLegale"] = "2023", ["categorieEntreprise"] = "PME",
        ["anneeCategorieEntreprise"] = "2023", ["dateDebut"] = "2010-03-01", ["etatAdministratifUniteLegale"] = "A",
        ["denominationUniteLegale"] = "ATELIER WEB FOREZ, SARL", ["activitePrincipaleUniteLegale"] = "62.01Z",
        ["nomenclatureActivitePrincipaleUniteLegale"] = "NAFRev2", ["nicSiegeUniteLegale"] = "00017",
        ["activitePrincipaleNAF25UniteLegale"] = "62.10Y", ["caractereEmployeurUniteLegale"] = "O",
    };

    private static readonly Dictionary<string, string> Ceased = new()
    {
        ["siren"] = "552100554", ["statutDiffusionUniteLegale"] = "O", ["dateCreationUniteLegale"] = "1955-01-01",
        ["trancheEffectifsUniteLegale"] = "NN", ["dateDebut"] = "2025-06-30", ["etatAdministratifUniteLegale"] = "C",
        ["denominationUniteLegale"] = "ANCIEN STUDIO", ["activitePrincipaleUniteLegale"] = "74.10Z",
        ["nomenclatureActivitePrincipaleUniteLegale"] = "NAFRev2", ["nicSiegeUniteLegale"] = "00013",
    };

    private static readonly Dictionary<string, string> PartiallyDiffused = new()
    {
        ["siren"] = "443061841", ["statutDiffusionUniteLegale"] = "P", ["dateCreationUniteLegale"] = "2019-04-03",
        ["trancheEffectifsUniteLegale"] = "NN", ["dateDebut"] = "2019-04-03", ["etatAdministratifUniteLegale"] = "A",
        ["nomUniteLegale"] = "[ND]", ["prenomUsuelUniteLegale"] = "[ND]", ["activitePrincipaleUniteLegale"] = "62.02A",
        ["nomenclatureActivitePrincipaleUniteLegale"] = "NAFRev2", ["nicSiegeUniteLegale"] = "[ND]",
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void LegalUnits_AreReadByColumnName_PlainOrZipped(bool zipped)
    {
        string path = StockFiles.Write(StockFiles.Csv(StockFiles.LegalUnitHeader, Active, Ceased, PartiallyDiffused), zipped);
        try
        {
            using SireneStockReader<SireneLegalUnit> reader = SireneStock.OpenLegalUnits(path);
            var problems = new List<SireneRowProblem>();
            List<SireneLegalUnit> units = reader.Records(problems.Add).ToList();

            problems.Should().BeEmpty();
            units.Should().HaveCount(3);
            SireneLegalUnit active = units[0];
            active.Line.Should().Be(2);
            active.Siren.Should().Be("732829320");
            active.Name.Should().Be("ATELIER WEB FOREZ, SARL", "a quoted value keeps its comma");
            active.State.Should().Be(AdministrativeState.Active);
            active.CeasedOn.Should().BeNull();
            active.CreatedOn.Should().Be(new LocalDate(2010, 3, 1));
            active.MainActivity.Should().Be("62.01Z");
            active.MainActivityNomenclature.Should().Be("NAFRev2");
            active.MainActivityNaf2025.Should().Be("62.10Y");
            active.HeadOfficeSiret.Should().Be("73282932000017");
            active.EmployeeBand.Should().Be("03");
            active.EmployeeBandYear.Should().Be(2023);
            active.CompanyCategory.Should().Be("PME");
            active.IsPartiallyDiffused.Should().BeFalse();

            units[1].State.Should().Be(AdministrativeState.Ceased);
            units[1].CeasedOn.Should().Be(new LocalDate(2025, 6, 30), "a ceased unit's current period starts on its cessation");

            SireneLegalUnit hidden = units[2];
            hidden.IsPartiallyDiffused.Should().BeTrue();
            hidden.Name.Should().BeNull("[ND] is not given");
            hidden.HeadOfficeNic.Should().BeNull();
            hidden.HeadOfficeSiret.Should().BeNull();
            hidden.MainActivity.Should().Be("62.02A", "what is public stays readable");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AnOlderLayout_InAnotherOrder_WithoutTheNaf2025Column_IsRead()
    {
        string[] header = StockFiles.LegalUnitHeader.Where(h => h != "activitePrincipaleNAF25UniteLegale").Reverse().Append("uneColonneFuture").ToArray();
        string path = StockFiles.Write(StockFiles.Csv(header, Active), zipped: false);
        try
        {
            using SireneStockReader<SireneLegalUnit> reader = SireneStock.OpenLegalUnits(path);
            SireneLegalUnit unit = reader.Records().Single();
            unit.Siren.Should().Be("732829320");
            unit.MainActivity.Should().Be("62.01Z");
            unit.MainActivityNaf2025.Should().BeNull("the file has no NAF 2025 column");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AMissingRequiredColumn_IsRefused_WithItsName()
    {
        string[] header = StockFiles.LegalUnitHeader.Where(h => h != "etatAdministratifUniteLegale").ToArray();
        string path = StockFiles.Write(StockFiles.Csv(header, Active), zipped: false);
        try
        {
            FluentActions.Invoking(() => SireneStock.OpenLegalUnits(path)).Should().Throw<SireneFormatException>()
                .Where(e => e.Column == "etatAdministratifUniteLegale" && e.Line == 1)
                .WithMessage("this is not a StockUniteLegale file: required column missing from the header: etatAdministratifUniteLegale.")
                .Which.GetMessage(Language.French).Should().Contain("colonne obligatoire absente de l’en-tête\u00A0: etatAdministratifUniteLegale");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ARepeatedColumn_IsRefused_WithItsName()
    {
        string[] header = [.. StockFiles.LegalUnitHeader, "siren"];
        string path = StockFiles.Write(StockFiles.Csv(header, Active), zipped: false);
        try
        {
            FluentActions.Invoking(() => SireneStock.OpenLegalUnits(path)).Should().Throw<SireneFormatException>()
                .Where(e => e.Column == "siren").WithMessage("the column 'siren' appears twice in the header.");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void UnreadableRows_AreReportedWithTheirLine_AndTheScanGoesOn()
    {
        var badSiren = new Dictionary<string, string>(Active) { ["siren"] = "73282932" };
        var badDate = new Dictionary<string, string>(Active) { ["dateCreationUniteLegale"] = "2010-02-30" };
        var badState = new Dictionary<string, string>(Active) { ["etatAdministratifUniteLegale"] = "X" };
        string text = StockFiles.Csv(StockFiles.LegalUnitHeader, badSiren, Active, badDate, badState)
            + "552100554,O,truncated row\n"
            + StockFiles.Csv(StockFiles.LegalUnitHeader, Ceased).Split('\n', 2)[1];
        string path = StockFiles.Write(text, zipped: true);
        try
        {
            using SireneStockReader<SireneLegalUnit> reader = SireneStock.OpenLegalUnits(path);
            var problems = new List<SireneRowProblem>();
            List<SireneLegalUnit> units = reader.Records(problems.Add).ToList();

            units.Select(u => (u.Line, u.Siren)).Should().Equal((3, "732829320"), (7, "552100554"));
            problems.Select(p => p.ToString()).Should().Equal(
                "line 2: the SIREN '73282932' is not nine digits",
                "line 4: the date '2010-02-30' is not a YYYY-MM-DD date",
                "line 5: the administrative state 'X' is neither A nor C",
                "line 6: 3 columns instead of the header's 35");
            problems[0].GetMessage(Language.French).Should().Be("ligne 2\u00A0: le SIREN «\u202F73282932\u202F» n’a pas neuf chiffres");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ARowThatIsNotUtf8_IsLeftOutWithItsLine_NeverReadWithAChangedValue()
    {
        byte[] head = System.Text.Encoding.UTF8.GetBytes(StockFiles.Csv(StockFiles.LegalUnitHeader, Active));
        byte[] bad = System.Text.Encoding.UTF8.GetBytes(StockFiles.Csv(StockFiles.LegalUnitHeader, Ceased).Split('\n', 2)[1]);
        int name = System.Text.Encoding.UTF8.GetString(bad).IndexOf("ANCIEN", StringComparison.Ordinal);
        bad[name] = 0xC9; // "ÉNCIEN" in Windows-1252: not UTF-8
        byte[] tail = System.Text.Encoding.UTF8.GetBytes(StockFiles.Csv(StockFiles.LegalUnitHeader, PartiallyDiffused).Split('\n', 2)[1]);
        string path = Path.Combine(Path.GetTempPath(), "sirene-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllBytes(path, [.. head, .. bad, .. tail]);
        try
        {
            using SireneStockReader<SireneLegalUnit> reader = SireneStock.OpenLegalUnits(path);
            var problems = new List<SireneRowProblem>();
            List<SireneLegalUnit> units = reader.Records(problems.Add).ToList();

            units.Select(u => u.Siren).Should().Equal("732829320", "443061841");
            problems.Select(p => p.ToString()).Should().Equal("line 3: the row is not valid UTF-8 (an invalid byte)");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ATruncatedZip_IsALocatedError_NotACrash()
    {
        var rows = Enumerable.Range(0, 2000).Select(i => new Dictionary<string, string>(Active)).ToArray();
        string path = StockFiles.Write(StockFiles.Csv(StockFiles.LegalUnitHeader, rows), zipped: true);
        try
        {
            byte[] bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            FluentActions.Invoking(() =>
            {
                using SireneStockReader<SireneLegalUnit> reader = SireneStock.OpenLegalUnits(path);
                _ = reader.Records().Count();
            }).Should().Throw<SireneFormatException>();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Establishments_GiveTheHeadOfficeAndItsDepartement()
    {
        Dictionary<string, string> Row(string siren, string nic, string head, string commune, string postal, string state = "A", string diffusion = "O") => new()
        {
            ["siren"] = siren, ["nic"] = nic, ["siret"] = siren + nic, ["statutDiffusionEtablissement"] = diffusion,
            ["etablissementSiege"] = head, ["etatAdministratifEtablissement"] = state,
            ["codeCommuneEtablissement"] = commune, ["codePostalEtablissement"] = postal,
        };

        string path = StockFiles.Write(
            StockFiles.Csv(
                StockFiles.EstablishmentHeader,
                Row("732829320", "00017", "true", "42218", "42000"),
                Row("732829320", "00025", "false", "69123", "69003", state: "F"),
                Row("443061841", "00011", "true", "2A004", "20000"),
                Row("552100554", "00013", "true", "97411", "97400"),
                Row("812345676", "00019", "true", "[ND]", "[ND]", diffusion: "P"),
                Row("790123459", "00014", "true", "", "67000")),
            zipped: false,
            name: "StockEtablissement_utf8.csv");
        try
        {
            using SireneStockReader<SireneEstablishment> reader = SireneStock.OpenEstablishments(path);
            List<SireneEstablishment> all = reader.Records().ToList();
            all.Select(e => (e.Siret, e.IsHeadOffice, e.Departement)).Should().Equal(
                ("73282932000017", true, "42"),
                ("73282932000025", false, "69"),
                ("44306184100011", true, "2A"),
                ("55210055400013", true, "974"),
                ("81234567600019", true, null),
                ("79012345900014", true, "67"));
            all[1].State.Should().Be(AdministrativeState.Ceased, "F (fermé) is closed");
            all[4].IsPartiallyDiffused.Should().BeTrue();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("NN", 0, 0)]
    [InlineData("01", 1, 2)]
    [InlineData("11", 10, 19)]
    [InlineData("32", 250, 499)]
    [InlineData("53", 10000, null)]
    public void EmployeeBands_AreIntervals(string band, int minimum, int? maximum)
    {
        SireneEmployeeBands.TryGetInterval(band, out int low, out int? high).Should().BeTrue();
        (low, high).Should().Be((minimum, maximum));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("99")]
    public void AnUnknownBand_StaysUnknown(string? band) =>
        SireneEmployeeBands.TryGetInterval(band, out _, out _).Should().BeFalse();
}
