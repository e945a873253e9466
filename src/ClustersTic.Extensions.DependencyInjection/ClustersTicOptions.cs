using System;
using System.IO;
using ClustersTic.RuleSets;

namespace ClustersTic.Extensions.DependencyInjection;

/// <summary>
/// Chooses the rule set <see cref="ConsortiumRules"/> applies. Set at most one source; with none, the
/// embedded catalog's rule set in force today (Europe/Paris) is used.
/// </summary>
/// <remarks>The options are validated when <c>AddClustersTic</c> runs: every problem is reported in one
/// <see cref="ClustersTicOptionsException"/>.</remarks>
public sealed class ClustersTicOptions
{
    /// <summary>Pins an embedded rule set by id (<c>v1</c>, <c>v2</c>).</summary>
    public string? RuleSetId { get; set; }

    /// <summary>Loads the rule set from a JSON file.</summary>
    public string? RuleSetFile { get; set; }

    /// <summary>Loads the rule set from a stream opened by this function (the stream is disposed after loading).</summary>
    public Func<Stream>? RuleSetStream { get; set; }

    /// <summary>Uses a rule set already loaded.</summary>
    public RuleSet? RuleSet { get; set; }
}
