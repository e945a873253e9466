using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace ClustersTic.Extensions.DependencyInjection;

/// <summary>Thrown by <c>AddClustersTic</c> when its options are not valid; lists every problem.</summary>
public sealed class ClustersTicOptionsException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems found (at least one).</param>
    public ClustersTicOptionsException(IEnumerable<string> problems)
        : this((problems ?? throw new ArgumentNullException(nameof(problems))).ToArray())
    {
    }

    private ClustersTicOptionsException(string[] problems)
        : base("The ClustersTic options are not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
    {
        Problems = new ReadOnlyCollection<string>(problems);
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Problems { get; }
}
