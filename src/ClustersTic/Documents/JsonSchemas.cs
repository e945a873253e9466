using System.IO;

namespace ClustersTic.Documents;

/// <summary>The JSON Schemas of the documents the library reads and writes, embedded in the assembly (and
/// shipped as files under <c>schemas/</c> in the package).</summary>
/// <remarks>The schemas describe the shape; the loaders also check semantic rules a schema cannot express
/// (for example that every criterion's category exists). All members are thread-safe.</remarks>
public static class JsonSchemas
{
    /// <summary>The schema id of rule set documents.</summary>
    public const string RuleSetSchemaId = "urn:clusterstic:schema:rule-set:1";

    /// <summary>The schema id of decision documents.</summary>
    public const string DecisionSchemaId = "urn:clusterstic:schema:decision:1";

    /// <summary>The schema id of input data set documents (clusters, companies, assessments, signatures).</summary>
    public const string DataSetSchemaId = "urn:clusterstic:schema:data-set:1";

    /// <summary>Opens the JSON Schema of decision documents (draft 2020-12).</summary>
    /// <returns>A stream of UTF-8 JSON, to be disposed by the caller.</returns>
    public static Stream OpenDecisionSchema() => EmbeddedResources.Open(EmbeddedResources.SchemaPrefix + "decision.schema.json");

    /// <summary>Opens the JSON Schema of input data set documents (draft 2020-12).</summary>
    /// <returns>A stream of UTF-8 JSON, to be disposed by the caller.</returns>
    public static Stream OpenDataSetSchema() => EmbeddedResources.Open(EmbeddedResources.SchemaPrefix + "data-set.schema.json");

    /// <summary>Opens the JSON Schema of rule set documents (draft 2020-12).</summary>
    /// <returns>A stream of UTF-8 JSON, to be disposed by the caller.</returns>
    public static Stream OpenRuleSetSchema() => EmbeddedResources.Open(EmbeddedResources.SchemaPrefix + "rule-set.schema.json");
}
