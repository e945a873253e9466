using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ClustersTic.RuleSets;
using ClustersTic.Tests.Support;

namespace ClustersTic.Tests.RuleSets;

public sealed class RuleSetSchemaTests
{
    private static bool IsValid(string json) => Support.ShippedSchemas.RuleSet.IsValid(json);

    private static string EmbeddedJson(string id)
    {
        using Stream stream = RuleSetCatalog.OpenEmbeddedJson(id);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public void EmbeddedRuleSets_ValidateAgainstTheSchema(string id)
    {
        IsValid(EmbeddedJson(id)).Should().BeTrue();
    }

    [Fact]
    public void SavedRuleSet_ValidatesAgainstTheSchema()
    {
        IsValid(RuleSetCatalog.Embedded.Get("v1").ToJson()).Should().BeTrue();
    }

    public static TheoryData<string, string> InvalidEdits => new()
    {
        { "unknown member", "$.extra" },
        { "weight 4", "$.charter.criteria[0].weight" },
        { "missing lifecycle", "$.lifecycle" },
        { "threshold 101", "$.scoring.confirmed.minimumScore" },
        { "bad period", "$.lifecycle.validity" },
        { "bad level", "$.charter.criteria[0].level" },
        { "bad sector code", "$.companyEligibility.digitalSector.rev2[0]" },
        { "share 1.5", "$.clusterAdmission.minimumProviderShare" },
    };

    [Theory]
    [MemberData(nameof(InvalidEdits))]
    public void InvalidRuleSets_DoNotValidate(string edit, string path)
    {
        JsonNode root = JsonNode.Parse(EmbeddedJson("v1"))!;
        switch (edit)
        {
            case "unknown member": root["extra"] = 1; break;
            case "weight 4": root["charter"]!["criteria"]![0]!["weight"] = 4; break;
            case "missing lifecycle": root.AsObject().Remove("lifecycle"); break;
            case "threshold 101": root["scoring"]!["confirmed"]!["minimumScore"] = 101; break;
            case "bad period": root["lifecycle"]!["validity"] = "3 years"; break;
            case "bad level": root["charter"]!["criteria"]![0]!["level"] = "MUST"; break;
            case "bad sector code": root["companyEligibility"]!["digitalSector"]!["rev2"]![0] = "6"; break;
            case "share 1.5": root["clusterAdmission"]!["minimumProviderShare"] = 1.5m; break;
        }

        string json = root.ToJsonString();
        IsValid(json).Should().BeFalse(edit);

        // The loader rejects the same edit, at the same place.
        RuleSet.TryParse(json, out _, out var problems).Should().BeFalse();
        problems.Select(p => p.Path).Should().Contain(path);
    }
}
