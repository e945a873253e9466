using System;
using System.IO;
using System.Text.Json;
using ClustersTic.Documents;
using Json.Schema;

namespace ClustersTic.Tests.Support;

/// <summary>The JSON Schemas shipped in the package, each loaded once: JsonSchema.Net registers a schema by its
/// <c>$id</c> and refuses to register the same id twice.</summary>
internal static class ShippedSchemas
{
    private static readonly Lazy<JsonSchema> RuleSetSchema = new(() => Load(JsonSchemas.OpenRuleSetSchema));
    private static readonly Lazy<JsonSchema> DataSetSchema = new(() => Load(JsonSchemas.OpenDataSetSchema));
    private static readonly Lazy<JsonSchema> DecisionSchema = new(() => Load(JsonSchemas.OpenDecisionSchema));

    public static JsonSchema RuleSet => RuleSetSchema.Value;

    public static JsonSchema DataSet => DataSetSchema.Value;

    public static JsonSchema Decision => DecisionSchema.Value;

    /// <summary>True when the JSON text is valid against the schema.</summary>
    public static bool IsValid(this JsonSchema schema, string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    private static JsonSchema Load(Func<Stream> open)
    {
        using Stream stream = open();
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    }
}
