using System.Collections.Generic;
using ClustersTic.Documents;

namespace ClustersTic.RuleSets;

/// <summary>
/// Thrown when a rule set cannot be loaded. <see cref="DocumentValidationException.Problems"/> lists every
/// problem with its JSON path and line: too large, malformed JSON, depth, unknown/duplicate/missing/null
/// members, wrong types, numbers out of range, and semantic problems (ids, categories, weights, thresholds,
/// periods, sector codes). Nothing is loaded when it is thrown.
/// </summary>
public sealed class RuleSetValidationException : DocumentValidationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems found (at least one).</param>
    public RuleSetValidationException(IEnumerable<DocumentProblem> problems)
        : base("rule set", problems)
    {
    }
}
