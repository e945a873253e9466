using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using ClustersTic.DataSets;

namespace ClustersTic.Cli.Tests;

/// <summary><c>clusters-tic sirene verify | prospects</c> as a process, on the sample stock files written in INSEE's
/// layout (samples/sirene; issue 18, points 2–4).</summary>
public sealed class SireneCommandsTests
{
    private static readonly string Members = Expected.Input("Samples/membres.csv");
    private static readonly string Clusters = Expected.Input("Samples/clusters.json");
    private static readonly string LegalUnits = Expected.Input("Samples/sirene/StockUniteLegale_utf8.csv");
    private static readonly string Establishments = Expected.Input("Samples/sirene/StockEtablissement_utf8.csv");

    [Theory]
    [InlineData("fr", "table")]
    [InlineData("en", "table")]
    [InlineData("fr", "json")]
    [InlineData("en", "csv")]
    public async Task Verify_ListsEachDiscrepancy_WithItsEffectOnTheDecision(string lang, string format)
    {
        (int code, string output, string error) = await CliProcess.RunAsync(
            "sirene", "verify", Members, "--legal-units", LegalUnits, "--clusters", Clusters, "--as-of", "2026-12-01", "--lang", lang, "--format", format);

        code.Should().Be(1, "the sample members disagree with the register");
        error.Should().Be(lang == "fr" ? "6 membres vérifiés\u00A0: 8 écarts pour 6 membres.\n" : "6 members checked: 8 discrepancies for 6 members.\n");
        Expected.Match($"sirene-verify.{lang}.{format}", output);
    }

    [Fact]
    public async Task Verify_SaysWhichCorrectionChangesTheDecision()
    {
        (_, string output, _) = await CliProcess.RunAsync(
            "sirene", "verify", Members, "--legal-units", LegalUnits, "--clusters", Clusters, "--as-of", "2026-12-01", "--format", "json", "--lang", "en");
        JsonElement[] rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();

        JsonElement ceased = rows.Single(r => r.GetProperty("code").GetString() == "ceased");
        ceased.GetProperty("siren").GetString().Should().Be("530530419");
        ceased.GetProperty("outcome").GetString().Should().Be("Eligible");
        ceased.GetProperty("outcomeIfCorrected").GetString().Should().Be("Ineligible");
        ceased.GetProperty("changesDecision").GetBoolean().Should().BeTrue();
        ceased.GetProperty("message").GetString().Should().Be("Ceased in the register: active in the member record, ceased on 30 September 2026 in the Sirene register.");

        JsonElement activity = rows.Single(r => r.GetProperty("code").GetString() == "activity" && r.GetProperty("siren").GetString() == "749008934");
        activity.GetProperty("member").GetString().Should().Be("28.41Z");
        activity.GetProperty("register").GetString().Should().Be("62.02A");
        activity.GetProperty("outcomeIfCorrected").GetString().Should().Be("Eligible", "62.02A is in the digital sector");

        JsonElement created = rows.Single(r => r.GetProperty("code").GetString() == "created-on");
        created.GetProperty("member").GetString().Should().Be("2011-02-01");
        created.GetProperty("register").GetString().Should().Be("2011-02-15");
        created.GetProperty("changesDecision").GetBoolean().Should().BeFalse();

        JsonElement unknown = rows.Single(r => r.GetProperty("code").GetString() == "siren-unknown");
        unknown.GetProperty("siren").GetString().Should().Be("353246119");
        unknown.GetProperty("changesDecision").ValueKind.Should().Be(JsonValueKind.Null, "the register has nothing to put in its place");

        rows.Should().NotContain(r => r.GetProperty("siren").GetString() == "928720317" && r.GetProperty("code").GetString() == "ceased-on", "both say 30 June 2026");
    }

    [Fact]
    public async Task Verify_Updated_WritesTheCorrectedDataSet_WhichTheToolThenReadsWithoutDiscrepancy()
    {
        string updated = Temp(".json");
        try
        {
            (int code, _, string error) = await CliProcess.RunAsync(
                "sirene", "verify", Members, "--legal-units", LegalUnits, "--clusters", Clusters, "--as-of", "2026-12-01", "--updated", updated, "--lang", "en");
            code.Should().Be(1);
            error.Should().Contain("Corrected data set written: " + updated);

            DataSet dataSet = DataSet.LoadFile(updated);
            dataSet.Companies.Should().HaveCount(6);
            dataSet.Companies.Single(c => c.Siren == "530530419").CeasedOn.Should().Be(new NodaTime.LocalDate(2026, 9, 30));
            dataSet.Companies.Single(c => c.Siren == "749008934").NafRev2.Should().Be("62.02A");
            dataSet.Companies.Single(c => c.Siren == "925988156").NafRev2.Should().Be("62.01Z");
            dataSet.Clusters.Select(c => c.Id).Should().Contain("loire-numerique");

            (int again, string output, _) = await CliProcess.RunAsync(
                "sirene", "verify", updated, "--legal-units", LegalUnits, "--as-of", "2026-12-01", "--format", "json");
            again.Should().Be(1, "the unknown SIREN stays unknown");
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().Contain("\"siren-unknown\"");
        }
        finally
        {
            File.Delete(updated);
        }
    }

    [Theory]
    [InlineData("fr", "1 membre vérifié\u00A0: aucun écart.\n")]
    [InlineData("en", "1 member checked: no discrepancies.\n")]
    public async Task Verify_AMemberThatAgrees_IsExitCode0(string lang, string summary)
    {
        string members = Temp(".csv");
        try
        {
            File.WriteAllText(members, "siren;siret;nom;naf;naf_2025;etat;date_creation\n362275869;36227586900018;Atelier Web Forez;6201Z;62.10Y;Actif;01/03/2010\n", new UTF8Encoding(false));
            (int code, string output, string error) = await CliProcess.RunAsync(
                "sirene", "verify", members, "--legal-units", LegalUnits, "--clusters", Clusters, "--as-of", "2026-12-01", "--format", "json", "--lang", lang);

            code.Should().Be(0);
            output.Should().BeEmpty();
            error.Should().Be(summary);
        }
        finally
        {
            File.Delete(members);
        }
    }

    [Fact]
    public async Task Verify_WithEstablishments_FlagsAnUnknownOrClosedSiret()
    {
        string members = Temp(".csv");
        try
        {
            // 530530419's head office is closed (the unit ceased); 749008934 gives a SIRET the file does not have.
            File.WriteAllText(members, "siren;siret;nom;naf;etat\n530530419;53053041900015;Données & Conseil;62.02A;A\n749008934;74900893400020;Usinage Adour;62.02A;A\n", new UTF8Encoding(false));
            (int code, string output, _) = await CliProcess.RunAsync(
                "sirene", "verify", members, "--legal-units", LegalUnits, "--establishments", Establishments, "--as-of", "2026-12-01", "--format", "json", "--lang", "en");

            code.Should().Be(1);
            string[] codes = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("code").GetString()!).ToArray();
            codes.Should().Contain("establishment-closed").And.Contain("establishment-unknown").And.Contain("head-office");
        }
        finally
        {
            File.Delete(members);
        }
    }

    [Theory]
    [InlineData("fr", "table")]
    [InlineData("en", "csv")]
    [InlineData("en", "json")]
    public async Task Prospects_AreTheActiveDigitalUnitsOfTheDepartements_NotMembers(string lang, string format)
    {
        (int code, string output, string error) = await CliProcess.RunAsync(
            "sirene", "prospects", "--legal-units", LegalUnits, "--establishments", Establishments, "--departements", "42,69",
            "--members", Members, "--clusters", Clusters, "--as-of", "2026-12-01", "--lang", lang, "--format", format);

        code.Should().Be(0);
        error.Should().Be(lang == "fr" ? "4 prospects dans les départements 42, 69.\n" : "4 prospects in départements 42, 69.\n");
        Expected.Match($"sirene-prospects.{lang}.{format}", output);
    }

    [Fact]
    public async Task Prospects_LeaveOutMembers_OtherDepartements_CeasedUnits_AndOtherSectors()
    {
        (_, string output, _) = await CliProcess.RunAsync(
            "sirene", "prospects", "--legal-units", LegalUnits, "--establishments", Establishments, "--departements", "42,69", "--as-of", "2026-12-01", "--format", "json");
        JsonElement[] rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        string[] sirens = rows.Select(r => r.GetProperty("siren").GetString()!).ToArray();

        sirens.Should().Contain("362275869", "without --members, Atelier Web Forez (42) is a prospect too");
        sirens.Should().NotContain("867890121", "Web Auvergne's head office is in 63");
        sirens.Should().NotContain("856789011", "Ancien Studio has ceased");
        sirens.Should().NotContain("845678903", "a bakery is not a digital provider");
        sirens.Should().NotContain("530530419", "Données & Conseil has ceased");

        JsonElement hidden = rows.Single(r => r.GetProperty("siren").GetString() == "834567893");
        hidden.GetProperty("partiallyDiffused").GetBoolean().Should().BeTrue();
        hidden.GetProperty("name").ValueKind.Should().Be(JsonValueKind.Null, "[ND] is not given");
        hidden.GetProperty("postalCode").ValueKind.Should().Be(JsonValueKind.Null);
        hidden.GetProperty("departement").GetString().Should().Be("69", "from the municipality code");

        JsonElement pixel = rows.Single(r => r.GetProperty("siren").GetString() == "812345676");
        pixel.GetProperty("employees").GetProperty("minimum").GetInt32().Should().Be(10);
        pixel.GetProperty("employees").GetProperty("maximum").GetInt32().Should().Be(19);
        pixel.GetProperty("outcomeAsideMembership").GetString().Should().Be("Eligible");
        pixel.GetProperty("decision").GetProperty("outcome").GetString().Should().Be("Incomplete", "membership is not given for a prospect");

        JsonElement future = rows.Single(r => r.GetProperty("siren").GetString() == "878901230");
        future.GetProperty("outcomeAsideMembership").GetString().Should().Be("Ineligible", "created after the as-of date");
    }

    [Fact]
    public async Task Prospects_WriteAnXlsx()
    {
        string output = Temp(".xlsx");
        try
        {
            (int code, string stdout, _) = await CliProcess.RunAsync(
                "sirene", "prospects", "--legal-units", LegalUnits, "--establishments", Establishments, "--departements", "69", "--as-of", "2026-12-01", "--format", "xlsx", "-o", output);
            code.Should().Be(0);
            stdout.Should().BeEmpty();
            string[][] rows = Workbooks.Read(File.ReadAllBytes(output));
            Workbooks.Validate(File.ReadAllBytes(output)).Should().BeEmpty();
            rows[0][0].Should().Be("siren");
            rows.Skip(1).Select(r => r[0]).Should().BeEquivalentTo(["823456785", "834567893"]);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task AZippedStockFile_GivesTheSameAnswer()
    {
        string zip = Temp(".zip");
        try
        {
            using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            {
                archive.CreateEntryFromFile(LegalUnits, "StockUniteLegale_utf8.csv");
            }

            (_, string plain, _) = await CliProcess.RunAsync("sirene", "verify", Members, "--legal-units", LegalUnits, "--as-of", "2026-12-01", "--format", "json");
            (int code, string zipped, _) = await CliProcess.RunAsync("sirene", "verify", Members, "--legal-units", zip, "--as-of", "2026-12-01", "--format", "json");
            code.Should().Be(1);
            zipped.Should().Be(plain);
        }
        finally
        {
            File.Delete(zip);
        }
    }

    [Fact]
    public async Task AnUnreadableRegisterRow_IsSaidWithItsLine_AndTheScanGoesOn()
    {
        string stock = Temp(".csv");
        try
        {
            string[] lines = File.ReadAllLines(LegalUnits);
            lines[2] = lines[2].Replace("2012-06-15", "15/06/2012", StringComparison.Ordinal);
            File.WriteAllLines(stock, lines);
            (int code, string output, string error) = await CliProcess.RunAsync("sirene", "verify", Members, "--legal-units", stock, "--as-of", "2026-12-01", "--format", "json", "--lang", "en");

            code.Should().Be(3, "a register row was left out");
            error.Should().Contain("line 3: the date '15/06/2012' is not a YYYY-MM-DD date").And.Contain("One unreadable register row, left out.");
            error.Split('\n').Count(l => l.StartsWith("Note: without --clusters", StringComparison.Ordinal)).Should().Be(1, "without --clusters, CO-3 stays unknown in the decisions shown: said once");
            output.Should().Contain("\"code\":\"siren-unknown\",\"member\":\"530530419\"", "its unit was left out, so the register does not have it");
            output.Should().Contain("749008934", "the rows after it were read");
        }
        finally
        {
            File.Delete(stock);
        }
    }

    [Fact]
    public async Task AFileThatIsNotAStock_IsRefused_NamingTheMissingColumn()
    {
        (int code, string output, string error) = await CliProcess.RunAsync("sirene", "verify", Members, "--legal-units", Establishments, "--clusters", Clusters, "--lang", "en");
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("Unreadable Sirene file (line 1): this is not a StockUniteLegale file: required column missing from the header: statutDiffusionUniteLegale, dateCreationUniteLegale,");
    }

    [Theory]
    [InlineData("42,20", "'20' is not a département")]
    [InlineData("4200", "'4200' is not a département")]
    [InlineData(",", "give at least one département")]
    public async Task BadDepartements_AreAUsageError(string departements, string message)
    {
        (int code, _, string error) = await CliProcess.RunAsync(
            "sirene", "prospects", "--legal-units", LegalUnits, "--establishments", Establishments, "--departements", departements, "--lang", "en");
        code.Should().Be(2);
        error.Should().Contain(message);
    }

    [Fact]
    public async Task NoOutputEverGoesOverAnInput()
    {
        string copy = Temp(".csv");
        try
        {
            File.Copy(Members, copy, overwrite: true);
            byte[] before = File.ReadAllBytes(copy);
            (int code, _, string error) = await CliProcess.RunAsync("sirene", "verify", copy, "--legal-units", LegalUnits, "--updated", copy, "--lang", "en");
            code.Should().Be(2);
            error.Should().Contain("is an input file: clusters-tic never writes over its inputs");
            (code, _, _) = await CliProcess.RunAsync("sirene", "verify", copy, "--legal-units", LegalUnits, "-o", LegalUnits);
            code.Should().Be(2);
            File.ReadAllBytes(copy).Should().Equal(before);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private static string Temp(string extension) => Path.Combine(Path.GetTempPath(), "clusters-tic-sirene-" + Guid.NewGuid().ToString("N") + extension);
}
