using System;
using ClustersTic;
using ClustersTic.Extensions.DependencyInjection;
using ClustersTic.RuleSets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ClustersTic in a service collection.</summary>
public static class ClustersTicServiceCollectionExtensions
{
    /// <summary>
    /// Registers the ClustersTic services: <see cref="IClock"/> (NodaTime's system clock, only if none is
    /// registered), <see cref="RuleSetCatalog"/> (the embedded catalog, only if none is registered), the entry
    /// point <see cref="ConsortiumRules"/> (a singleton), <see cref="RuleSet"/> (the one
    /// <see cref="ConsortiumRules"/> applies today), <see cref="DataSetLoader"/> (loads data sets and logs their counts), and
    /// <see cref="ClustersTicOptions"/> with their validation,
    /// run at host start (<c>ValidateOnStart</c>).
    /// </summary>
    /// <remarks>
    /// <para>The rule set is chosen by <see cref="ClustersTicOptions"/> however they are configured
    /// (<c>Configure&lt;ClustersTicOptions&gt;</c>, <c>BindConfiguration</c>, the other overloads of this
    /// method), or by a <see cref="RuleSet"/> registered before this call. With neither,
    /// <see cref="ConsortiumRules"/> follows the date: each evaluation applies the catalog's rule set in force on
    /// its as-of date, so a host started in December 2026 applies v2 from 2027-01-01 without a restart, and
    /// <see cref="RuleSet"/> (transient) is the rule set in force today by the registered clock.</para>
    /// <para>Calling it more than once registers the services once. When an <c>ILoggerFactory</c> is registered,
    /// the rule set chosen is logged (category <c>ClustersTic</c>) when <see cref="ConsortiumRules"/> is
    /// built.</para>
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddClustersTic(this IServiceCollection services)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        foreach (ServiceDescriptor descriptor in services)
        {
            if (descriptor.ServiceType == typeof(ClustersTicMarker))
            {
                return services;
            }
        }

        bool ruleSetRegistered = false;
        foreach (ServiceDescriptor descriptor in services)
        {
            ruleSetRegistered |= descriptor.ServiceType == typeof(RuleSet);
        }

        services.AddSingleton<ClustersTicMarker>();
        services.AddOptions<ClustersTicOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ClustersTicOptions>>(provider => new ClustersTicOptionsValidator(provider.GetRequiredService<RuleSetCatalog>(), ruleSetRegistered));
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(_ => RuleSetCatalog.Embedded);
        services.TryAddSingleton(provider => CreateRules(provider, ruleSetRegistered));
        services.TryAddTransient(provider => provider.GetRequiredService<ConsortiumRules>().GetRuleSet());
        services.TryAddSingleton(provider => new DataSetLoader(provider.GetService<ILoggerFactory>()));
        return services;
    }

    /// <summary>
    /// Registers the ClustersTic services (see <see cref="AddClustersTic(IServiceCollection)"/>) and configures
    /// their options in code.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options, for example <c>o =&gt; o.RuleSetId = "v1"</c>.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IServiceCollection AddClustersTic(this IServiceCollection services, Action<ClustersTicOptions> configure)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        return services.AddClustersTic().Configure(configure);
    }

    /// <summary>
    /// Registers the ClustersTic services (see <see cref="AddClustersTic(IServiceCollection)"/>) and binds their
    /// options to a configuration section, usually <c>configuration.GetSection(ClustersTicOptions.SectionName)</c>
    /// (<c>"ClustersTic": { "RuleSetId": "v1" }</c> in appsettings.json). A key of the section that is not an
    /// option is a validation problem, so that a misspelt key stops the host at start.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
    public static IServiceCollection AddClustersTic(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        services.AddClustersTic();
        services.AddOptions<ClustersTicOptions>().Configure(options => Bind(configuration, options));
        services.AddSingleton<IValidateOptions<ClustersTicOptions>>(new ClustersTicConfigurationKeysValidator(configuration));
        return services;
    }

    // The two options configuration can hold are strings: read them directly (no reflection, trimming- and
    // AOT-safe). Keys are case-insensitive, as everywhere in Microsoft.Extensions.Configuration.
    private static void Bind(IConfiguration configuration, ClustersTicOptions options)
    {
        if (configuration[nameof(ClustersTicOptions.RuleSetId)] is string id)
        {
            options.RuleSetId = id;
        }

        if (configuration[nameof(ClustersTicOptions.RuleSetFile)] is string file)
        {
            options.RuleSetFile = file;
        }
    }

    private static ConsortiumRules CreateRules(IServiceProvider provider, bool ruleSetRegistered)
    {
        // Reading the options validates them (and loads a file or stream once): an OptionsValidationException
        // lists every problem.
        ClustersTicOptions options = provider.GetRequiredService<IOptions<ClustersTicOptions>>().Value;
        RuleSetCatalog catalog = provider.GetRequiredService<RuleSetCatalog>();
        IClock clock = provider.GetRequiredService<IClock>();
        (RuleSet? pinned, string source) =
            options.RuleSet is { } given ? (given, "options (RuleSet)")
            : options.Loaded is { } loaded ? (loaded, options.RuleSetFile is { } file ? $"file {file}" : "options (RuleSetStream)")
            : options.RuleSetId is { } id ? (catalog.Get(id), "options (RuleSetId)")
            : ruleSetRegistered ? (provider.GetRequiredService<RuleSet>(), "the service collection")
            : (null, "the catalog");
        ConsortiumRules rules = pinned is null ? new ConsortiumRules(catalog, clock) : new ConsortiumRules(pinned, clock);

        if (provider.GetService<ILoggerFactory>()?.CreateLogger("ClustersTic") is { } logger && logger.IsEnabled(LogLevel.Information))
        {
            RuleSet today = rules.GetRuleSet();
            if (pinned is null)
            {
                string on = NodaTime.Text.LocalDatePattern.Iso.Format(rules.Today);
                Log.FollowingTheDate(logger, today.Id, today.Version, on, catalog.RuleSets.Count);
            }
            else
            {
                Log.Pinned(logger, pinned.Id, pinned.Version, pinned.Fingerprint, source);
            }
        }

        return rules;
    }

    /// <summary>Registered once, so that a second <c>AddClustersTic</c> adds only its configuration.</summary>
    private sealed class ClustersTicMarker;
}
