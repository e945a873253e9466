using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace ClustersTic.Cli.Tests;

/// <summary><c>clusters-tic companies</c> over CSV, xlsx and JSON, as a process (issue 16, points 2–4 and 8).</summary>
public sealed class CompaniesCommandTests
{
    private static readonly string Members = Expected.Input("Samples/membres.csv");
    private static readonly string Clusters = Expected.Input("Samples/clusters.json");

    [Theory]
    [InlineData("fr", "table")]
    [InlineData("en", "table")]
    [InlineData("fr", "json")]
    [InlineData("en", "json")]
    [InlineData("fr", "csv")]
    [InlineData("en", "csv")]
    public async Task TheReadmeSample_GivesTheExpectedDecisions(string lang, string format)
    {
        (int code, string output, string error) = await CliProcess.RunAsync(
            "companies", Members, "--clusters", Clusters, "--as-of", "2026-12-01", "--lang", lang, "--format", format);

        code.Should().Be(1, "two sample companies are not eligible");
        error.Should().BeEmpty();
        Expected.Match($"companies.{lang}.{format}", output);
    }

    [Fact]
    public void TheCsvFormat_IsForExcel_Utf8WithBomAndSemicolons()
    {
        byte[] bytes = RunToFile("companies", Members, "--clusters", Clusters, "--as-of", "2026-12-01", "--format", "csv");
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        string text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.Should().StartWith("ligne;siren;nom;résultat;taille;raisons;codes");
        text.Should().Contain("\"Données & Conseil; Lyon\"", "a value holding the separator is quoted");
    }

    [Fact]
    public async Task TheJsonFormat_IsOneDecisionDocumentPerLine()
    {
        (_, string output, _) = await CliProcess.RunAsync("companies", Members, "--clusters", Clusters, "--as-of", "2026-12-01", "--format", "json", "--lang", "en");
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(6);
        foreach (string line in lines)
        {
            using JsonDocument document = JsonDocument.Parse(line);
            document.RootElement.GetProperty("$schema").GetString().Should().Be("urn:clusterstic:schema:decision:1");
            document.RootElement.GetProperty("asOf").GetString().Should().Be("2026-12-01");
        }

        using JsonDocument ceased = JsonDocument.Parse(lines[4]);
        ceased.RootElement.GetProperty("outcome").GetString().Should().Be("Ineligible");
        ceased.RootElement.GetProperty("findings")[0].GetProperty("code").GetString().Should().Be("CO-2.ceased");
        ceased.RootElement.GetProperty("findings")[0].GetProperty("message").GetString().Should().Be("The company ceased trading on 30 June 2026.");
    }

    [Fact]
    public async Task UnreadableRows_AreSaidWithTheirLine_AndTheRestIsDecided()
    {
        string input = Expected.Input("Inputs/members-with-errors.csv");
        (int code, string output, string error) = await CliProcess.RunAsync("companies", input, "--as-of", "2026-12-01", "--format", "csv");
        code.Should().Be(3, "some rows could not be read");
        Expected.Match("errors.fr.stderr", error);
        Expected.Match("errors.fr.csv", output);

        (int codeEn, _, string errorEn) = await CliProcess.RunAsync("companies", input, "--as-of", "2026-12-01", "--lang", "en");
        codeEn.Should().Be(3);
        Expected.Match("errors.en.stderr", errorEn);
    }

    [Fact]
    public async Task AnXlsxWorkbook_GivesTheSameDecisionsAsTheCsv()
    {
        string workbook = Path.Combine(Path.GetTempPath(), "clusters-tic-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            Workbooks.FromCsv(Members, workbook);
            (int code, string output, string error) = await CliProcess.RunAsync("companies", workbook, "--clusters", Clusters, "--as-of", "2026-12-01");
            code.Should().Be(1);
            error.Should().BeEmpty();
            Expected.Match("companies.fr.table", output);
        }
        finally
        {
            File.Delete(workbook);
        }
    }

    [Fact]
    public void TheXlsxFormat_IsAWorkbookWithOneRowPerDecision()
    {
        byte[] bytes = RunToFile("companies", Members, "--clusters", Clusters, "--as-of", "2026-12-01", "--format", "xlsx", "--lang", "en");
        Workbooks.Validate(bytes).Should().BeEmpty("the workbook is valid SpreadsheetML");
        string[][] rows = Workbooks.Read(bytes);
        rows.Should().HaveCount(7);
        rows[0].Should().Equal("line", "siren", "name", "outcome", "size", "reasons", "codes");
        rows[1][..5].Should().Equal("2", "362275869", "Atelier Web Forez", "eligible", "micro-enterprise");
        rows[5][3].Should().Be("ineligible");
        rows[5][6].Should().Be("CO-2.ceased");
    }

    [Fact]
    public async Task Windows1252_IsReadWhenDeclared_AndRefusedAsUtf8WithTheLine()
    {
        string input = Expected.Input("Inputs/members-1252.csv");
        (int code, string output, _) = await CliProcess.RunAsync("companies", input, "--encoding", "windows-1252", "--clusters", Clusters, "--as-of", "2026-12-01");
        code.Should().Be(1);
        output.Should().Contain("Société Générale d’Études".Replace('’', '\''), "the accents are read from Windows-1252");

        (int bad, string none, string error) = await CliProcess.RunAsync("companies", Expected.Input("Inputs/not-utf8.csv"), "--lang", "en");
        bad.Should().Be(2);
        none.Should().BeEmpty("nothing is decided on a half-read file");
        error.Should().Contain("line 3 is not UTF-8. An Excel export made on Windows is read with --encoding windows-1252.");
    }

    [Fact]
    public async Task OtherHeaders_AreReadWithMap_AndClusterNamesResolve()
    {
        string input = Expected.Input("Inputs/crm-export.csv");
        (int code, string output, string error) = await CliProcess.RunAsync(
            "companies", input, "--map", "Numéro SIREN=siren", "--map", "depuis=membership_from", "--map", "Adhérent de=cluster", "--clusters", Clusters, "--as-of", "2026-12-01", "--format", "json");
        error.Should().BeEmpty("every column is read: Raison sociale and APE are known headers");
        using JsonDocument document = JsonDocument.Parse(output);
        document.RootElement.GetProperty("subject").GetString().Should().Be("362275869");
        code.Should().Be(document.RootElement.GetProperty("outcome").GetString() == "Eligible" ? 0 : 1);
        output.Should().NotContain("CO-3.", "'Loire Numérique' names the founder loire-numerique");
    }

    [Theory]
    [InlineData("Inputs/no-identifier.csv", "the identifier column is missing: siren, siret or siren/siret (or --map).")]
    [InlineData("Inputs/two-names.csv", "columns 'nom' and 'name' both give the field name: keep one, or rename the other with --map.")]
    public async Task AHeaderThatCannotBeRead_IsBadInput(string file, string message)
    {
        (int code, string output, string error) = await CliProcess.RunAsync("companies", Expected.Input(file), "--lang", "en");
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain(message);
    }

    [Fact]
    public async Task TheOutput_IsNeverWrittenOverAnInput()
    {
        string copy = Path.Combine(Path.GetTempPath(), "clusters-tic-" + Guid.NewGuid().ToString("N") + ".csv");
        File.Copy(Members, copy);
        try
        {
            byte[] before = File.ReadAllBytes(copy);
            (int code, _, string error) = await CliProcess.RunAsync("companies", copy, "-o", copy, "--format", "csv", "--lang", "en");
            code.Should().Be(2);
            error.Should().Contain("-o names an input file: clusters-tic never writes over its inputs.");
            File.ReadAllBytes(copy).Should().Equal(before);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Fact]
    public async Task AllEligible_IsExitZero_AndWithoutClustersCo3StaysUnknown()
    {
        string one = Path.Combine(Path.GetTempPath(), "clusters-tic-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllLines(one, File.ReadAllLines(Members).Take(3));
        try
        {
            (int code, _, string error) = await CliProcess.RunAsync("companies", one, "--clusters", Clusters, "--as-of", "2026-12-01");
            code.Should().Be(0);
            error.Should().BeEmpty();

            (int unknown, string output, string note) = await CliProcess.RunAsync("companies", one, "--as-of", "2026-12-01", "--lang", "en", "--format", "csv");
            unknown.Should().Be(1, "unknown is never yes");
            output.Should().Contain("incomplete (information missing)");
            note.Should().Contain("Note: without --clusters, the clusters' France Clusters membership (CL-1) is not known");
        }
        finally
        {
            File.Delete(one);
        }
    }

    private static byte[] RunToFile(params string[] args)
    {
        string output = Path.Combine(Path.GetTempPath(), "clusters-tic-" + Guid.NewGuid().ToString("N"));
        try
        {
            (int code, string stdout, string error) = CliProcess.RunAsync([.. args, "-o", output]).GetAwaiter().GetResult();
            code.Should().BeOneOf(0, 1);
            stdout.Should().BeEmpty("-o takes the output");
            error.Should().BeEmpty();
            return File.ReadAllBytes(output);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
