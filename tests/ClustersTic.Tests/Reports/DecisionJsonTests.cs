using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ClustersTic.Decisions;
using ClustersTic.Reports;
using ClustersTic.Samples;
using ClustersTic.Tests.Support;
using ClustersTic.Text;
using Json.Schema;
using static ClustersTic.Tests.Support.Fixtures;

namespace ClustersTic.Tests.Reports;

public sealed class DecisionJsonTests
{
    private static readonly string GoldenPath = RepositoryFiles.Path("tests", "ClustersTic.Tests", "Reports", "golden", "sample-report.json");

    private static string ReportJson(Language? language = null) => Rules.Evaluate(SampleData.Load(), SampleData.ReferenceDate).ToJson(language);

    [Fact]
    public void SampleReportJson_IsByteIdenticalToTheCommittedGoldenFile()
    {
        string json = ReportJson(Language.French);
        if (Environment.GetEnvironmentVariable("CLUSTERSTIC_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(GoldenPath)!);
            File.WriteAllText(GoldenPath, json);
        }

        json.Should().Be(File.ReadAllText(GoldenPath), "the same inputs give the same JSON on any machine (set CLUSTERSTIC_UPDATE_GOLDEN=1 to accept a deliberate change)");
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    [InlineData("tr-TR")]
    [InlineData("")]
    public void DecisionJson_IsTheSameUnderEveryCulture(string culture)
    {
        string reference = ReportJson(Language.English);
        CultureInfo before = CultureInfo.CurrentCulture;
        CultureInfo beforeUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo target = CultureOrInvariant(culture);
            CultureInfo.CurrentCulture = target;
            CultureInfo.CurrentUICulture = target;
            ReportJson(Language.English).Should().Be(reference);
            Rules.Evaluate(SampleData.Load(), SampleData.ReferenceDate).All.First().Explain(Language.English).Should().NotBeEmpty();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }

    /// <summary>The culture, or the invariant culture when the process runs in globalization-invariant mode
    /// (where named cultures cannot be created).</summary>
    private static CultureInfo CultureOrInvariant(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    [Fact]
    public void DecisionJson_CarriesRuleSetFindingsAndInvariantValues()
    {
        ConsortiumReport report = Rules.Evaluate(SampleData.Load(), SampleData.ReferenceDate);
        using JsonDocument doc = JsonDocument.Parse(report.Assessments[1].ToJson());
        JsonElement root = doc.RootElement;
        root.GetProperty("$schema").GetString().Should().Be("urn:clusterstic:schema:decision:1");
        root.GetProperty("kind").GetString().Should().Be("assessment");
        root.GetProperty("asOf").GetString().Should().Be("2026-05-12");
        root.GetProperty("ruleSet").GetProperty("fingerprint").GetString().Should().Be(V1.Fingerprint);
        root.GetProperty("assessment").GetProperty("score").GetRawText().Should().Be("95.8");
        root.GetProperty("assessment").GetProperty("level").GetString().Should().Be("Confirmed");
        root.GetProperty("findings")[0].GetProperty("code").GetString().Should().Be(FindingCodes.KindNotExemplary);
        root.GetProperty("findings")[0].GetProperty("arguments").GetProperty("kind").GetString().Should().Be("SelfAssessment");
        root.GetProperty("findings")[0].TryGetProperty("message", out _).Should().BeFalse("messages are rendered only when a language is asked");
        report.Assessments[1].ToJson().Should().NotContain("\r");
    }

    [Fact]
    public void DecisionJson_ValidatesAgainstTheShippedSchema()
    {
        JsonSchema schema = Support.ShippedSchemas.Decision;
        using JsonDocument all = JsonDocument.Parse(ReportJson(Language.French));
        schema.Evaluate(all.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid.Should().BeTrue();
        foreach (Decision decision in Rules.Evaluate(SampleData.Load(), SampleData.ReferenceDate).All)
        {
            using JsonDocument one = JsonDocument.Parse(decision.ToJson());
            schema.Evaluate(one.RootElement).IsValid.Should().BeTrue(decision.Subject);
        }

        using JsonDocument bad = JsonDocument.Parse("{\"kind\": \"nope\"}");
        schema.Evaluate(bad.RootElement).IsValid.Should().BeFalse();
    }
}
