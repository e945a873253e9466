using System.IO;
using System.Text.Json;
using System.Threading.Tasks;

namespace ClustersTic.Cli.Tests;

/// <summary><c>clusters-tic companies | clusters | assess | status</c> over the sample JSON data set, as a process
/// (issue 16, point 2).</summary>
public sealed class DataSetCommandsTests
{
    private static readonly string Consortium = Expected.Input("Samples/consortium.json");

    [Theory]
    [InlineData("companies", "fr")]
    [InlineData("clusters", "fr")]
    [InlineData("assess", "fr")]
    [InlineData("status", "fr")]
    [InlineData("status", "en")]
    public async Task EachCommand_DecidesEveryRecord_AsTheExpectedFileSays(string command, string lang)
    {
        (int code, string output, string error) = await CliProcess.RunAsync(command, Consortium, "--as-of", "2026-12-01", "--lang", lang);
        code.Should().Be(1, "the sample data set has records that are not eligible, not at a level or not active");
        error.Should().BeEmpty();
        Expected.Match($"dataset-{command}.{lang}.table", output);
    }

    [Fact]
    public async Task Assess_InJson_GivesTheLibrarysAssessmentDocuments()
    {
        (_, string output, _) = await CliProcess.RunAsync("assess", Consortium, "--format", "json", "--lang", "en");
        string[] lines = output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(4);
        using JsonDocument first = JsonDocument.Parse(lines[0]);
        first.RootElement.GetProperty("kind").GetString().Should().Be("assessment");
        first.RootElement.GetProperty("assessment").GetProperty("level").GetString().Should().Be("Exemplary");
    }

    [Fact]
    public async Task ADataSetThatDoesNotLoad_IsBadInput_WithEveryProblemAndItsPlace()
    {
        string bad = Path.Combine(Path.GetTempPath(), "clusters-tic-" + System.Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(bad, "{\"$schema\":\"urn:clusterstic:schema:data-set:1\",\"clusters\":[],\"companies\":[{\"siren\":\"732829320\"}],\"assessments\":[],\"signatures\":[]}");
        try
        {
            (int code, string output, string error) = await CliProcess.RunAsync("companies", bad, "--lang", "en");
            code.Should().Be(2);
            output.Should().BeEmpty();
            error.Should().Contain("Data set not valid: " + bad).And.Contain("$.companies[0]").And.Contain("(line 1)");
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [Theory]
    [InlineData("clusters", "Samples/membres.csv", "a table only gives companies (clusters-tic companies)")]
    [InlineData("companies", "Samples/membres.ods", "unknown extension; give a .json data set, a .csv or an .xlsx.")]
    [InlineData("companies", "Samples/absent.csv", "file not found: ")]
    public async Task AnInputTheCommandCannotRead_IsBadUsage(string command, string file, string message)
    {
        (int code, string output, string error) = await CliProcess.RunAsync(command, Expected.Input(file), "--lang", "en");
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain(message);
    }

    [Fact]
    public async Task AsOfAndRuleSet_AreChecked()
    {
        (int code, _, string error) = await CliProcess.RunAsync("companies", Consortium, "--as-of", "31/02/2026", "--lang", "en");
        code.Should().Be(2);
        error.Should().Contain("--as-of: '31/02/2026' is not a date (dd/mm/yyyy or yyyy-mm-dd).");

        (int unknown, _, string error2) = await CliProcess.RunAsync("companies", Consortium, "--rule-set", "v9", "--lang", "en");
        unknown.Should().Be(2);
        error2.Should().Contain("File not found: v9");

        (_, string v2, _) = await CliProcess.RunAsync("companies", Consortium, "--rule-set", "v2", "--as-of", "2027-02-01", "--format", "json");
        v2.Should().Contain("\"ruleSet\":{\"id\":\"v2\"");
    }
}
