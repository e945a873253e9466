using System;
using System.IO;
using System.Text.Json.Nodes;
using ClustersTic.RuleSets;

namespace ClustersTic.Tests.Support;

/// <summary>Builds rule set JSON for tests by editing the embedded v1 file.</summary>
internal static class RuleSetText
{
    public static string V1Text { get; } = Read("v1");

    public static JsonNode V1Node() => JsonNode.Parse(V1Text)!;

    public static string Edit(Action<JsonNode> edit)
    {
        JsonNode root = V1Node();
        edit(root);
        return root.ToJsonString();
    }

    public static RuleSet Build(Action<JsonNode> edit) => RuleSet.Parse(Edit(edit));

    private static string Read(string id)
    {
        using Stream stream = RuleSetCatalog.OpenEmbeddedJson(id);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>Builds rule sets whose charter is made for a test: categories of weight-1 criteria.</summary>
internal static class TestCharters
{
    /// <summary>A rule set whose charter has one category per entry, each with <c>count</c> criteria of weight 1
    /// (ids <c>CAT-1</c>…), the first one MUST and the others SHOULD.</summary>
    public static RuleSet Uniform(params (string Category, int Count)[] categories) => RuleSetText.Build(r =>
    {
        var cats = new JsonArray();
        var criteria = new JsonArray();
        foreach ((string id, int count) in categories)
        {
            cats.Add(new JsonObject { ["id"] = id, ["title"] = Text(id), ["description"] = Text(id) });
            for (int i = 1; i <= count; i++)
            {
                criteria.Add(new JsonObject
                {
                    ["id"] = id + "-" + i,
                    ["category"] = id,
                    ["level"] = i == 1 ? "Must" : "Should",
                    ["weight"] = 1,
                    ["evidenceRequired"] = false,
                    ["notApplicableAllowed"] = true,
                    ["title"] = Text(id + "-" + i),
                    ["text"] = Text(id + "-" + i),
                });
            }
        }

        r["charter"] = new JsonObject { ["id"] = "test-charter", ["version"] = "1", ["categories"] = cats, ["criteria"] = criteria };
    });

    private static JsonObject Text(string s) => new() { ["fr"] = s, ["en"] = s };
}
