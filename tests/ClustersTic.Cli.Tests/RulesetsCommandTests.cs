using System.IO;
using System.Text.Json;
using System.Threading.Tasks;

namespace ClustersTic.Cli.Tests;

/// <summary><c>clusters-tic rulesets list | show | validate</c> as a process (issue 16, point 2).</summary>
public sealed class RulesetsCommandTests
{
    [Fact]
    public async Task List_NamesTheEmbeddedRuleSets_InBothLanguagesAndJson()
    {
        (int code, string french, _) = await CliProcess.RunAsync("rulesets", "list");
        code.Should().Be(0);
        french.Should().StartWith("v1 — Charte des Bonnes Pratiques, version 1 (1.0, en vigueur à partir du 1er\u00A0janvier 2010, empreinte ");
        french.Should().Contain("\nv2 — ");

        (_, string english, _) = await CliProcess.RunAsync("rulesets", "list", "--lang", "en");
        english.Should().StartWith("v1 — Charter of Good Practices, version 1 (1.0, in force from 1 January 2010, fingerprint ");

        (_, string json, _) = await CliProcess.RunAsync("rulesets", "list", "--format", "json");
        using JsonDocument document = JsonDocument.Parse(json);
        document.RootElement.GetArrayLength().Should().Be(2);
        document.RootElement[1].GetProperty("id").GetString().Should().Be("v2");
        document.RootElement[1].GetProperty("effectiveFrom").GetString().Should().Be("2027-01-01");
        document.RootElement[1].GetProperty("fingerprint").GetString().Should().HaveLength(64);
    }

    [Fact]
    public async Task Show_GivesTheParameters_OrTheRuleSetJson()
    {
        (int code, string text, _) = await CliProcess.RunAsync("rulesets", "show", "v2");
        code.Should().Be(0);
        text.Should().Contain("Secteur du numérique, NAF 2025 (CO-4)\u00A0: 26.1, 26.2, 26.3, 26.4, 26.8, 46.5, 58.2, 61, 62, 63.1, 63.91, 95.1");
        text.Should().Contain("Niveau Confirmé\u00A0: score ≥ 75,0, chaque catégorie ≥ 50,0");

        (_, string json, _) = await CliProcess.RunAsync("rulesets", "show", "v1", "--format", "json");
        using JsonDocument document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("id").GetString().Should().Be("v1");
    }

    [Fact]
    public async Task Show_AnUnknownIdOrMissingFile_IsBadUsage()
    {
        (int code, string output, string error) = await CliProcess.RunAsync("rulesets", "show", "v9", "--lang", "en");
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("File not found: v9").And.Contain("Embedded rule sets: v1, v2");
    }

    [Fact]
    public async Task Validate_SaysValid_OrListsEveryProblemWithItsPlace()
    {
        string valid = Path.GetTempFileName();
        string invalid = Path.GetTempFileName();
        try
        {
            (_, string v1, _) = await CliProcess.RunAsync("rulesets", "show", "v1", "--format", "json");
            await File.WriteAllTextAsync(valid, v1, TestContext.Current.CancellationToken);
            (int code, string output, _) = await CliProcess.RunAsync("rulesets", "validate", valid);
            code.Should().Be(0);
            output.Should().StartWith("Valide\u00A0: v1 — ");

            await File.WriteAllTextAsync(invalid, v1.Replace("\"weight\": 3", "\"weight\": 4", System.StringComparison.Ordinal), TestContext.Current.CancellationToken);
            (code, output, _) = await CliProcess.RunAsync("rulesets", "validate", invalid, "--lang", "en");
            code.Should().Be(1);
            output.Should().MatchRegex(@"\$\.charter\.criteria\[\d+\]\.weight \(line \d+\): The weight of '[A-Z]+-\d' must be 1, 2 or 3; it is 4\. \[ruleset\.weight-range\]");

            (code, _, string error) = await CliProcess.RunAsync("rulesets", "validate", invalid + ".missing");
            code.Should().Be(2);
            error.Should().Contain("Fichier introuvable");
        }
        finally
        {
            File.Delete(valid);
            File.Delete(invalid);
        }
    }
}
