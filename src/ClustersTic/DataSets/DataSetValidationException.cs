using System.Collections.Generic;
using ClustersTic.Documents;

namespace ClustersTic.DataSets;

/// <summary>Thrown when an input data set cannot be loaded; <see cref="DocumentValidationException.Problems"/>
/// lists every problem with its JSON path and line. Nothing is loaded when it is thrown.</summary>
public sealed class DataSetValidationException : DocumentValidationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems found (at least one).</param>
    public DataSetValidationException(IEnumerable<DocumentProblem> problems)
        : base("data set", problems)
    {
    }
}
