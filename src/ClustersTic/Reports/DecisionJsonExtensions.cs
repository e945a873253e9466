using ClustersTic.Decisions;
using ClustersTic.Internal;
using ClustersTic.Text;

namespace ClustersTic.Reports;

/// <summary>Decisions as JSON: the output side of the library (decisions know nothing of their JSON).</summary>
/// <remarks>All members are thread-safe.</remarks>
public static class DecisionJsonExtensions
{
    /// <summary>The decision as JSON (schema <c>urn:clusterstic:schema:decision:1</c>): byte-identical for the
    /// same inputs on any machine.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="language">When given, each finding also carries its message in that language.</param>
    /// <returns>Indented JSON with <c>\n</c> line ends.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static string ToJson(this Decision decision, Language? language = null) =>
        DecisionJson.Write(Preconditions.CheckNotNull(decision), language);

    /// <summary>Writes the decision's JSON document (the same members and values as <see cref="ToJson"/>) to a
    /// caller's writer, with the writer's own options: <c>Indented = false</c> gives one document per line for
    /// newline-delimited JSON; the writer is not flushed.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="writer">The writer, positioned where a value may start.</param>
    /// <param name="language">When given, each finding also carries its message in that language.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="decision"/> or <paramref name="writer"/> is null.</exception>
    public static void WriteJson(this Decision decision, System.Text.Json.Utf8JsonWriter writer, Language? language = null) =>
        DecisionJson.WriteDocument(Preconditions.CheckNotNull(writer), Preconditions.CheckNotNull(decision), language);
}
