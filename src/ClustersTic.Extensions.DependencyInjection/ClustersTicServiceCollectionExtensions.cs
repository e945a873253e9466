using System;
using System.Collections.Generic;
using System.IO;
using ClustersTic;
using ClustersTic.Extensions.DependencyInjection;
using ClustersTic.RuleSets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ClustersTic in a service collection.</summary>
public static class ClustersTicServiceCollectionExtensions
{
    /// <summary>
    /// Registers the ClustersTic services as singletons: <see cref="IClock"/> (NodaTime's system clock, only
    /// if none is registered), <see cref="RuleSetCatalog"/> (the embedded catalog, only if none is
    /// registered), the <see cref="RuleSet"/> chosen by <paramref name="configure"/>, and the entry point
    /// <see cref="ConsortiumRules"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Chooses the rule set; by default, the embedded rule set in force today.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ClustersTicOptionsException">The options are not valid; every problem is listed.</exception>
    /// <exception cref="RuleSetValidationException">The rule set file or stream is not a valid rule set.</exception>
    public static IServiceCollection AddClustersTic(this IServiceCollection services, Action<ClustersTicOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var options = new ClustersTicOptions();
        configure?.Invoke(options);
        Validate(options);

        // A file or stream is read now, at start-up, so that a bad rule set stops the application early.
        RuleSet? chosen = options.RuleSet ?? Load(options);
        string? pinned = options.RuleSetId;

        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(_ => RuleSetCatalog.Embedded);
        services.TryAddSingleton(provider =>
        {
            if (chosen is not null)
            {
                return chosen;
            }

            // A pinned id names an embedded rule set (validated above); otherwise the registered catalog
            // (the embedded one unless the application registered its own) gives the rule set in force.
            if (pinned is not null)
            {
                return RuleSetCatalog.Embedded.Get(pinned);
            }

            RuleSetCatalog catalog = provider.GetRequiredService<RuleSetCatalog>();
            LocalDate today = provider.GetRequiredService<IClock>().GetCurrentInstant().InZone(ConsortiumRules.TimeZone).Date;
            return catalog.GetInForce(today);
        });
        services.TryAddSingleton(provider => new ConsortiumRules(provider.GetRequiredService<RuleSet>(), provider.GetRequiredService<IClock>()));
        return services;
    }

    private static void Validate(ClustersTicOptions options)
    {
        var problems = new List<string>();
        int sources = (options.RuleSetId is null ? 0 : 1) + (options.RuleSetFile is null ? 0 : 1) + (options.RuleSetStream is null ? 0 : 1) + (options.RuleSet is null ? 0 : 1);
        if (sources > 1)
        {
            problems.Add("Set at most one of RuleSetId, RuleSetFile, RuleSetStream and RuleSet.");
        }

        if (options.RuleSetId is not null && !RuleSetCatalog.Embedded.TryGet(options.RuleSetId, out _))
        {
            problems.Add($"RuleSetId '{options.RuleSetId}' is not an embedded rule set (known: {string.Join(", ", Ids())}).");
        }

        if (options.RuleSetFile is not null && !File.Exists(options.RuleSetFile))
        {
            problems.Add($"RuleSetFile '{options.RuleSetFile}' does not exist.");
        }

        if (problems.Count > 0)
        {
            throw new ClustersTicOptionsException(problems);
        }
    }

    private static IEnumerable<string> Ids()
    {
        foreach (RuleSet ruleSet in RuleSetCatalog.Embedded.RuleSets)
        {
            yield return ruleSet.Id;
        }
    }

    private static RuleSet? Load(ClustersTicOptions options)
    {
        if (options.RuleSetFile is not null)
        {
            return RuleSet.LoadFile(options.RuleSetFile);
        }

        if (options.RuleSetStream is not null)
        {
            using Stream stream = options.RuleSetStream() ?? throw new InvalidOperationException("ClustersTicOptions.RuleSetStream returned null.");
            return RuleSet.Load(stream);
        }

        return null;
    }
}
