using System.Text.Json;
using System.Threading.Tasks;

namespace ClustersTic.Cli.Tests;

/// <summary><c>clusters-tic rulesets impact</c> as a process (issue 16, point 2): who a draft rule set would change.
/// The draft (Inputs/v3-draft.json) is v1 with 62.02 and 95.1 out of the digital sector and the Confirmed and
/// Exemplary thresholds raised to 96 and 98.</summary>
public sealed class RulesetsImpactTests
{
    private static readonly string Draft = Expected.Input("Inputs/v3-draft.json");

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task OverADataSet_ListsEveryChangedRecordWithWhy_AndTheCounts(string lang)
    {
        (int code, string output, string error) = await CliProcess.RunAsync(
            "rulesets", "impact", "v1", Draft, "--population", Expected.Input("Samples/consortium.json"), "--as-of", "2026-12-01", "--lang", lang);
        code.Should().Be(1, "records change");
        error.Should().BeEmpty();
        Expected.Match($"impact-dataset.{lang}.txt", output);
    }

    [Fact]
    public async Task OverACsv_GivesTheLinesAndJsonCounts()
    {
        (int code, string output, _) = await CliProcess.RunAsync(
            "rulesets", "impact", "v1", Draft, "--population", Expected.Input("Samples/membres.csv"), "--clusters", Expected.Input("Samples/clusters.json"), "--as-of", "2026-12-01", "--format", "json", "--lang", "en");
        code.Should().Be(1);
        using JsonDocument document = JsonDocument.Parse(output);
        JsonElement root = document.RootElement;
        root.GetProperty("to").GetProperty("id").GetString().Should().Be("v3-draft");
        root.GetProperty("records").GetProperty("company").GetInt32().Should().Be(6);
        root.GetProperty("changed").GetInt32().Should().Be(1);
        JsonElement change = root.GetProperty("changes")[0];
        change.GetProperty("line").GetInt32().Should().Be(3);
        change.GetProperty("subject").GetString().Should().Be("530530419");
        change.GetProperty("from").GetString().Should().Be("Eligible");
        change.GetProperty("to").GetString().Should().Be("Ineligible");
        change.GetProperty("findingsAdded")[0].GetProperty("code").GetString().Should().Be("CO-4.not-digital");
        root.GetProperty("transitions")[0].GetProperty("count").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task TheSameRuleSetTwice_ChangesNothing_ExitZero()
    {
        (int code, string output, _) = await CliProcess.RunAsync(
            "rulesets", "impact", "v1", "v1", "--population", Expected.Input("Samples/consortium.json"), "--as-of", "2026-12-01", "--lang", "en");
        code.Should().Be(0);
        output.Should().Be("Impact of v1 compared with v1 on 1 December 2026: 41 records, none changes.\n");
    }

    [Fact]
    public async Task WithoutAPopulation_IsBadUsage()
    {
        (int code, _, string error) = await CliProcess.RunAsync("rulesets", "impact", "v1", "v2", "--lang", "en");
        code.Should().Be(2);
        error.Should().Contain("--population");
    }
}
