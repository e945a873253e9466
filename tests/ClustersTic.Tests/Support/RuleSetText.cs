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
