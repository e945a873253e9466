using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClustersTic.RuleSets;
using Microsoft.Extensions.Options;

namespace ClustersTic.Extensions.DependencyInjection;

/// <summary>Validates <see cref="ClustersTicOptions"/>: one source at most, an id the registered catalog knows, a
/// file that exists and holds a valid rule set. Every problem is listed; a file or stream is loaded here, once.</summary>
internal sealed class ClustersTicOptionsValidator(RuleSetCatalog catalog, bool ruleSetRegistered) : IValidateOptions<ClustersTicOptions>
{
    public ValidateOptionsResult Validate(string? name, ClustersTicOptions options)
    {
        if (name != Options.DefaultName)
        {
            return ValidateOptionsResult.Skip;
        }

        var problems = new List<string>();
        int sources = (options.RuleSetId is null ? 0 : 1) + (options.RuleSetFile is null ? 0 : 1) + (options.RuleSetStream is null ? 0 : 1) + (options.RuleSet is null ? 0 : 1);
        if (sources > 1)
        {
            problems.Add("Set at most one of RuleSetId, RuleSetFile, RuleSetStream and RuleSet.");
        }

        if (sources > 0 && ruleSetRegistered)
        {
            problems.Add("A RuleSet is registered in the service collection and the ClustersTic options choose one too: keep one of the two.");
        }

        if (options.RuleSetId is string id)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                problems.Add("RuleSetId is empty: remove it to follow the date, or give a rule set id.");
            }
            else if (!catalog.TryGet(id, out _))
            {
                problems.Add($"RuleSetId '{id}' is not a rule set of the catalog (known: {string.Join(", ", catalog.RuleSets.Select(r => r.Id))}).");
            }
        }

        if (options.RuleSetFile is string file)
        {
            if (string.IsNullOrWhiteSpace(file))
            {
                problems.Add("RuleSetFile is empty: remove it, or give the path of a rule set file.");
            }
            else if (!File.Exists(file))
            {
                problems.Add($"RuleSetFile '{file}' does not exist (full path: {Path.GetFullPath(file)}).");
            }
            else if (sources == 1)
            {
                Load(options, () => RuleSet.LoadFile(file), $"RuleSetFile '{file}'", problems);
            }
        }

        if (options.RuleSetStream is Func<Stream> open && sources == 1)
        {
            Load(options, () =>
            {
                using Stream stream = open() ?? throw new InvalidOperationException("ClustersTicOptions.RuleSetStream returned null.");
                return RuleSet.Load(stream);
            }, "RuleSetStream", problems);
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Load(ClustersTicOptions options, Func<RuleSet> load, string source, List<string> problems)
    {
        try
        {
            options.Loaded = load();
        }
        catch (RuleSetValidationException e)
        {
            problems.AddRange(e.Problems.Select(p => $"{source} is not a valid rule set: {p}"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or NotSupportedException)
        {
            problems.Add($"{source} cannot be read: {e.Message}");
        }
    }
}

/// <summary>Lists the keys of the bound configuration section that are not options (a misspelt key would
/// otherwise be ignored without a word).</summary>
internal sealed class ClustersTicConfigurationKeysValidator(Microsoft.Extensions.Configuration.IConfiguration section) : IValidateOptions<ClustersTicOptions>
{
    private static readonly string[] Known = [nameof(ClustersTicOptions.RuleSetId), nameof(ClustersTicOptions.RuleSetFile)];

    public ValidateOptionsResult Validate(string? name, ClustersTicOptions options)
    {
        if (name != Options.DefaultName)
        {
            return ValidateOptionsResult.Skip;
        }

        string where = section is Microsoft.Extensions.Configuration.IConfigurationSection s ? $"configuration section '{s.Path}'" : "configuration";
        string[] unknown = section.GetChildren()
            .Where(child => !Known.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
            .Select(child => $"The {where} has the key '{child.Key}', which is not a ClustersTic option (known: {string.Join(", ", Known)}).")
            .ToArray();
        return unknown.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(unknown);
    }
}
