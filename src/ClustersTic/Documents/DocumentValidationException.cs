using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace ClustersTic.Documents;

/// <summary>
/// Thrown when a JSON document cannot be loaded: it is too large, not well-formed JSON, does not have the
/// expected shape, or breaks a semantic rule. Every problem found is listed in <see cref="Problems"/>, each
/// with its JSON path and line; nothing of the document is loaded.
/// </summary>
/// <remarks>
/// A syntax error (malformed JSON, depth over the limit) stops reading, so it is the last problem listed;
/// shape problems (unknown, duplicate, missing or null members, wrong types, numbers out of range) are all
/// collected in one pass; semantic problems are checked, all together, only when the shape is right.
/// </remarks>
public class DocumentValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="documentKind">What the document was meant to be, such as "rule set".</param>
    /// <param name="problems">The problems found (at least one).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public DocumentValidationException(string documentKind, IEnumerable<DocumentProblem> problems)
        : this(documentKind, Internal.Preconditions.CheckNotNull(problems).ToArray())
    {
    }

    private DocumentValidationException(string documentKind, DocumentProblem[] problems)
        : base(BuildMessage(documentKind, problems))
    {
        DocumentKind = documentKind;
        Problems = new ReadOnlyCollection<DocumentProblem>(problems);
    }

    /// <summary>What the document was meant to be, such as "rule set".</summary>
    public string DocumentKind { get; }

    /// <summary>Every problem found, in document order for shape problems.</summary>
    public IReadOnlyList<DocumentProblem> Problems { get; }

    private static string BuildMessage(string documentKind, DocumentProblem[] problems)
    {
        Internal.Preconditions.CheckNotNull(documentKind);
        if (problems.Length == 0)
        {
            throw new ArgumentException("At least one problem is required.", nameof(problems));
        }

        string header = problems.Length == 1
            ? $"The {documentKind} is not valid (1 problem):"
            : $"The {documentKind} is not valid ({problems.Length} problems):";
        return header + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p));
    }
}
