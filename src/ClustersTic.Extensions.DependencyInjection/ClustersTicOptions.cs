using System;
using System.IO;
using ClustersTic.RuleSets;

namespace ClustersTic.Extensions.DependencyInjection;

/// <summary>
/// Chooses the rule set <see cref="ConsortiumRules"/> applies. Set at most one source; with none, the rules follow
/// the date: each evaluation applies the registered catalog's rule set in force on its as-of date (Europe/Paris).
/// </summary>
/// <remarks>
/// <para>Read through <c>IOptions&lt;ClustersTicOptions&gt;</c>, so that every way .NET configures options is
/// honoured: <c>AddClustersTic(configuration.GetSection(ClustersTicOptions.SectionName))</c>,
/// <c>AddClustersTic(o =&gt; …)</c>, <c>services.Configure&lt;ClustersTicOptions&gt;(…)</c> and
/// <c>AddOptions&lt;ClustersTicOptions&gt;().BindConfiguration(…)</c>, in registration order.</para>
/// <para>Validated when the options are first read — at host start (<c>AddClustersTic</c> asks for
/// <c>ValidateOnStart</c>), or when <see cref="ConsortiumRules"/> is first resolved without a host: every
/// problem is listed in one <c>OptionsValidationException</c>, and a rule set file or stream is loaded then,
/// once, so that a file that is not a valid rule set stops the host at start too.</para>
/// <para>From configuration only <see cref="RuleSetId"/> and <see cref="RuleSetFile"/> can be set (the other two
/// are objects); a relative <see cref="RuleSetFile"/> is relative to the process's current directory.</para>
/// </remarks>
public sealed class ClustersTicOptions
{
    /// <summary>The configuration section <c>AddClustersTic</c> reads by convention: <c>ClustersTic</c>.</summary>
    public const string SectionName = "ClustersTic";

    /// <summary>Pins a rule set of the registered catalog by id (<c>v1</c>, <c>v2</c> in the embedded one).</summary>
    public string? RuleSetId { get; set; }

    /// <summary>Pins the rule set read from this JSON file.</summary>
    public string? RuleSetFile { get; set; }

    /// <summary>Pins the rule set read from the stream this function opens (called once, when the options are
    /// validated; the stream is disposed after reading).</summary>
    public Func<Stream>? RuleSetStream { get; set; }

    /// <summary>Pins a rule set already loaded or built.</summary>
    public RuleSet? RuleSet { get; set; }

    /// <summary>The rule set read from <see cref="RuleSetFile"/> or <see cref="RuleSetStream"/> by the validation
    /// of this instance (the options instance the options system built and validated; never shared).</summary>
    internal RuleSet? Loaded { get; set; }
}
