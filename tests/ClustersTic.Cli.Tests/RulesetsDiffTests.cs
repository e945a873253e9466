using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace ClustersTic.Cli.Tests;

/// <summary><c>clusters-tic rulesets diff</c> as a process: what a new version would change (issue 16, point 2).</summary>
public sealed class RulesetsDiffTests
{
    [Fact]
    public async Task TheEmbeddedVersions_DifferByVersionTitleAndDate()
    {
        (int code, string output, _) = await CliProcess.RunAsync("rulesets", "diff", "v1", "v2", "--lang", "en");
        code.Should().Be(1, "different rule sets exit with 1, as diff does");
        output.Should().Be(
            "v1 → v2: 3 differences\n"
            + "~ Version: 1.0 → 2.0\n"
            + "~ Title: Charter of Good Practices, version 1 → Charter of Good Practices, version 2 (NAF 2025)\n"
            + "~ In force from: 1 January 2010 → 1 January 2027\n");

        (code, output, _) = await CliProcess.RunAsync("rulesets", "diff", "v1", "v1");
        code.Should().Be(0);
        output.Should().Be("v1 → v1\u00A0: aucune différence\n");
    }

    [Fact]
    public async Task ADraftVersion_ShowsEveryCriterionAndParameterChange()
    {
        (_, string v1, _) = await CliProcess.RunAsync("rulesets", "show", "v1", "--format", "json");
        JsonNode draft = JsonNode.Parse(v1)!;
        draft["id"] = "v3-draft";
        draft["clusterAdmission"]!["minimumProviderShare"] = 0.6m;
        JsonArray criteria = draft["charter"]!["criteria"]!.AsArray();
        JsonNode first = criteria[0]!;
        string firstId = (string)first["id"]!;
        first["weight"] = (int)first["weight"]! == 3 ? 2 : 3;
        JsonNode removed = criteria[^1]!;
        string removedId = (string)removed["id"]!;
        criteria.RemoveAt(criteria.Count - 1);
        JsonNode added = criteria[1]!.DeepClone();
        added["id"] = "QUALITY-9";
        added["category"] = "QUALITY";
        added["level"] = "May";
        criteria.Add(added);
        string file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, draft.ToJsonString(), TestContext.Current.CancellationToken);
            (int code, string output, _) = await CliProcess.RunAsync("rulesets", "diff", "v1", file, "--format", "json");
            code.Should().Be(1);
            using JsonDocument json = JsonDocument.Parse(output);
            json.RootElement.GetProperty("to").GetString().Should().Be("v3-draft");
            var changes = json.RootElement.GetProperty("changes").EnumerateArray()
                .Select(c => $"{c.GetProperty("area").GetString()} {c.GetProperty("id").GetString()} {c.GetProperty("change").GetString()} {(c.GetProperty("field").ValueKind == JsonValueKind.Null ? "-" : c.GetProperty("field").GetString())}")
                .ToList();
            changes.Should().Contain("parameter minimumProviderShare changed -");
            changes.Should().Contain($"criterion {firstId} changed weight");
            changes.Should().Contain($"criterion {removedId} removed -");
            changes.Should().Contain("criterion QUALITY-9 added -");
            json.RootElement.GetProperty("changes").EnumerateArray().First(c => c.GetProperty("id").GetString() == "minimumProviderShare")
                .GetProperty("message").GetString().Should().Be("~ Part minimale de prestataires du numérique (CL-3)\u00A0: 50,0\u202F% → 60,0\u202F%");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task AnInvalidOrMissingSide_IsBadUsage()
    {
        (int code, _, string error) = await CliProcess.RunAsync("rulesets", "diff", "v1", "nowhere.json", "--lang", "en");
        code.Should().Be(2);
        error.Should().Contain("File not found: nowhere.json");
    }
}
