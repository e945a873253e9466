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
    /// Registers the ClustersTic services: <see cref="IClock"/> (NodaTime's system clock, only if none is
    /// registered), <see cref="RuleSetCatalog"/> (the embedded catalog, only if none is registered), the
    /// <see cref="RuleSet"/>, and the entry point <see cref="ConsortiumRules"/> (a singleton).
    /// </summary>
    /// <remarks>
    /// <para>Unless a rule set is pinned (by <paramref name="configure"/>, or by registering a
    /// <see cref="RuleSet"/> before this call), <see cref="ConsortiumRules"/> follows the date: each evaluation
    /// applies the catalog's rule set in force on its as-of date, so a host started in December 2026 applies v2
    /// from 2027-01-01 without a restart. <see cref="RuleSet"/> is then registered as transient: the rule set in
    /// force today (by the registered clock) when it is resolved.</para>
    /// <para>A pinned rule set is a singleton, applied on every date.</para>
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Pins a rule set; by default, none is pinned and the rules follow the date.</param>
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
        string? pinnedId = options.RuleSetId;
        bool registeredByApplication = false;
        foreach (ServiceDescriptor descriptor in services)
        {
            registeredByApplication |= descriptor.ServiceType == typeof(RuleSet);
        }

        bool pinned = chosen is not null || pinnedId is not null || registeredByApplication;

        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(_ => RuleSetCatalog.Embedded);
        if (pinned)
        {
            // A pinned id names an embedded rule set (validated above).
            services.TryAddSingleton(_ => chosen ?? RuleSetCatalog.Embedded.Get(pinnedId!));
            services.TryAddSingleton(provider => new ConsortiumRules(provider.GetRequiredService<RuleSet>(), provider.GetRequiredService<IClock>()));
        }
        else
        {
            // The registered catalog (the embedded one unless the application registered its own) gives the rule
            // set in force on each evaluation's date.
            services.TryAddSingleton(provider => new ConsortiumRules(provider.GetRequiredService<RuleSetCatalog>(), provider.GetRequiredService<IClock>()));
            services.TryAddTransient(provider => provider.GetRequiredService<ConsortiumRules>().GetRuleSet());
        }

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
