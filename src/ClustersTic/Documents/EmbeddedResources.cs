using System;
using System.IO;

namespace ClustersTic.Documents;

/// <summary>Opens the resources embedded in the assembly (schemas, rule sets): the one place that knows how
/// they are named.</summary>
internal static class EmbeddedResources
{
    /// <summary>The logical-name prefix of the embedded rule sets (<c>RuleSets/Embedded/*.json</c>).</summary>
    public const string RuleSetPrefix = "ClustersTic.RuleSets.";

    /// <summary>The logical-name prefix of the embedded JSON Schemas (<c>Schemas/*.json</c>).</summary>
    public const string SchemaPrefix = "ClustersTic.Schemas.";

    /// <summary>Opens an embedded resource.</summary>
    /// <exception cref="InvalidOperationException">The resource is not in the assembly (a build defect).</exception>
    public static Stream Open(string name) =>
        typeof(EmbeddedResources).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from the assembly.");
}
