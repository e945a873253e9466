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
}
