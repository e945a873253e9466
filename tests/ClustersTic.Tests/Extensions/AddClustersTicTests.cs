using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ClustersTic.Extensions.DependencyInjection;
using ClustersTic.RuleSets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace ClustersTic.Tests.Extensions;

public sealed class AddClustersTicTests
{
    [Fact]
    public void NoArguments_ResolvesEveryRegisteredService()
    {
        using ServiceProvider provider = new ServiceCollection().AddClustersTic().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IClock>().Should().BeSameAs(SystemClock.Instance);
        provider.GetRequiredService<RuleSetCatalog>().Should().BeSameAs(RuleSetCatalog.Embedded);
        RuleSet ruleSet = provider.GetRequiredService<RuleSet>();
        ruleSet.Should().Be(RuleSetCatalog.Embedded.GetInForce(SystemClock.Instance.GetCurrentInstant().InZone(ConsortiumRules.TimeZone).Date));
        ConsortiumRules rules = provider.GetRequiredService<ConsortiumRules>();
        rules.GetRuleSet().Should().BeSameAs(ruleSet);
        rules.PinnedRuleSet.Should().BeNull("no rule set is pinned: the rules follow the date");
        rules.Catalog.Should().BeSameAs(RuleSetCatalog.Embedded);
        provider.GetRequiredService<ConsortiumRules>().Should().BeSameAs(rules, "the entry point is a singleton");
    }

    [Fact]
    public void ClockRegisteredFirst_IsKept_AndDecidesTheRuleSetInForce()
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 3, 1, 0, 0));
        using ServiceProvider provider = new ServiceCollection().AddSingleton<IClock>(clock).AddClustersTic().BuildServiceProvider();
        provider.GetRequiredService<IClock>().Should().BeSameAs(clock);
        provider.GetRequiredService<ConsortiumRules>().GetRuleSet().Id.Should().Be("v2");
        provider.GetRequiredService<ConsortiumRules>().Today.Should().Be(new LocalDate(2027, 3, 1));
    }

    [Fact]
    public void Reading12_NotPinned_TheRuleSetFollowsTheClock_AcrossMidnightInParisOnNewYearsEve()
    {
        // 2026-12-31 23:59:30 in Paris (UTC+1) is 22:59:30 UTC.
        var clock = new FakeClock(Instant.FromUtc(2026, 12, 31, 22, 59, 30));
        using ServiceProvider provider = new ServiceCollection().AddSingleton<IClock>(clock).AddClustersTic().BuildServiceProvider();
        ConsortiumRules rules = provider.GetRequiredService<ConsortiumRules>();
        var company = Support.Fixtures.Company();
        var founder = new[] { Support.Fixtures.Founder() };

        ClustersTic.Companies.CompanyEligibilityDecision before = rules.EvaluateCompany(company, founder);
        before.RuleSetId.Should().Be("v1");
        provider.GetRequiredService<RuleSet>().Id.Should().Be("v1");

        clock.AdvanceSeconds(60); // 2027-01-01 00:00:30 in Paris
        ClustersTic.Companies.CompanyEligibilityDecision after = provider.GetRequiredService<ConsortiumRules>().EvaluateCompany(company, founder);
        after.RuleSetId.Should().Be("v2", "the same singleton applies the rule set in force on the new day");
        after.AsOf.Should().Be(new LocalDate(2027, 1, 1));
        provider.GetRequiredService<RuleSet>().Id.Should().Be("v2");
        rules.Score(new ClustersTic.Charter.Assessment { CompanySiren = "732829320", Date = new LocalDate(2026, 12, 31), Kind = ClustersTic.Charter.AssessmentKind.SelfAssessment })
            .RuleSetId.Should().Be("v1", "an assessment is scored with the rule set in force on its own date");
    }

    [Fact]
    public void Reading12_PinnedId_KeepsItsRuleSetOnEveryDate()
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 6, 1, 0, 0));
        using ServiceProvider provider = new ServiceCollection().AddSingleton<IClock>(clock).AddClustersTic(o => o.RuleSetId = "v1").BuildServiceProvider();
        ConsortiumRules rules = provider.GetRequiredService<ConsortiumRules>();
        rules.PinnedRuleSet!.Id.Should().Be("v1");
        rules.EvaluateCluster(Support.Fixtures.Founder()).RuleSetId.Should().Be("v1");
        rules.GetRuleSet(new LocalDate(2030, 1, 1)).Id.Should().Be("v1");
    }

    [Fact]
    public void Reading12_ARuleSetRegisteredByTheApplication_IsPinned()
    {
        RuleSet mine = RuleSetCatalog.Embedded.Get("v1");
        using ServiceProvider provider = new ServiceCollection().AddSingleton(mine).AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2027, 6, 1, 0, 0))).AddClustersTic().BuildServiceProvider();
        provider.GetRequiredService<ConsortiumRules>().PinnedRuleSet.Should().BeSameAs(mine);
        provider.GetRequiredService<ConsortiumRules>().GetRuleSet().Should().BeSameAs(mine);
    }

    [Fact]
    public void PinnedId_FileAndStream_ChooseTheRuleSet()
    {
        using (ServiceProvider pinned = new ServiceCollection().AddClustersTic(o => o.RuleSetId = "v1").BuildServiceProvider())
        {
            pinned.GetRequiredService<RuleSet>().Id.Should().Be("v1");
        }

        string path = Path.Combine(Path.GetTempPath(), "clusterstic-di-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, Support.RuleSetText.V1Text.Replace("\"id\": \"v1\"", "\"id\": \"cluster-local\"", StringComparison.Ordinal));
        try
        {
            using ServiceProvider fromFile = new ServiceCollection().AddClustersTic(o => o.RuleSetFile = path).BuildServiceProvider();
            fromFile.GetRequiredService<ConsortiumRules>().GetRuleSet(new LocalDate(2030, 1, 1)).Id.Should().Be("cluster-local");
        }
        finally
        {
            File.Delete(path);
        }

        using ServiceProvider fromStream = new ServiceCollection().AddClustersTic(o => o.RuleSetStream = () => RuleSetCatalog.OpenEmbeddedJson("v2")).BuildServiceProvider();
        fromStream.GetRequiredService<RuleSet>().Id.Should().Be("v2");
    }

    [Fact]
    public void InvalidOptions_AreAllReportedInOneException_WhenTheRulesAreFirstResolved()
    {
        using ServiceProvider provider = new ServiceCollection().AddClustersTic(o =>
            {
                o.RuleSetId = "v9";
                o.RuleSetFile = "/no/such/file.json";
            })
            .BuildServiceProvider();
        OptionsValidationException ex = FluentActions.Invoking(() => provider.GetRequiredService<ConsortiumRules>())
            .Should().Throw<OptionsValidationException>().Which;
        ex.Failures.Should().HaveCount(3);
        ex.Message.Should().Contain("at most one").And.Contain("'v9'").And.Contain("known: v1, v2").And.Contain("/no/such/file.json");
    }

    [Fact]
    public async Task InvalidRuleSetFile_StopsTheHostAtStart_WithTheLoadersProblems()
    {
        string path = Path.Combine(Path.GetTempPath(), "clusterstic-di-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "{}");
        try
        {
            HostApplicationBuilder builder = EmptyHost();
            builder.Services.AddClustersTic(o => o.RuleSetFile = path);
            using IHost host = builder.Build();
            OptionsValidationException ex = (await FluentActions.Awaiting(() => host.StartAsync(TestContext.Current.CancellationToken))
                .Should().ThrowAsync<OptionsValidationException>()).Which;
            ex.Failures.Should().NotBeEmpty().And.OnlyContain(f => f.StartsWith($"RuleSetFile '{path}' is not a valid rule set: ", StringComparison.Ordinal));
            ex.Message.Should().Contain("$.id");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RuleSetStream_IsOpenedOnce_WhenTheOptionsAreValidated()
    {
        int opened = 0;
        using ServiceProvider provider = new ServiceCollection().AddClustersTic(o => o.RuleSetStream = () =>
            {
                opened++;
                return RuleSetCatalog.OpenEmbeddedJson("v2");
            })
            .BuildServiceProvider();
        opened.Should().Be(0, "nothing is read before the options are");
        provider.GetRequiredService<ConsortiumRules>().PinnedRuleSet!.Id.Should().Be("v2");
        provider.GetRequiredService<RuleSet>().Id.Should().Be("v2");
        opened.Should().Be(1);
    }

    [Fact]
    public async Task AppSettings_ChooseTheRuleSet_ThroughTheConfigurationOverload()
    {
        HostApplicationBuilder builder = EmptyHost("""{ "ClustersTic": { "RuleSetId": "v1" } }""");
        builder.Services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2027, 6, 1, 0, 0)));
        builder.Services.AddClustersTic(builder.Configuration.GetSection(ClustersTicOptions.SectionName));
        using IHost host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        host.Services.GetRequiredService<ConsortiumRules>().PinnedRuleSet!.Id.Should().Be("v1", "v2 is in force in June 2027, but the configuration pins v1");
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("configure")]
    [InlineData("bind-configuration")]
    public void TheUsualOptionsApis_AreHonoured(string how)
    {
        HostApplicationBuilder builder = EmptyHost("""{ "Rules": { "RuleSetId": "v1" } }""");
        builder.Services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2027, 6, 1, 0, 0)));
        builder.Services.AddClustersTic();
        if (how == "configure")
        {
            builder.Services.Configure<ClustersTicOptions>(builder.Configuration.GetSection("Rules"));
        }
        else
        {
            builder.Services.AddOptions<ClustersTicOptions>().BindConfiguration("Rules").ValidateOnStart();
        }

        using IHost host = builder.Build();
        host.Services.GetRequiredService<ConsortiumRules>().PinnedRuleSet!.Id.Should().Be("v1");
    }

    [Fact]
    public async Task ABadIdInAppSettings_StopsTheHostAtStart_WithEveryProblemListed()
    {
        HostApplicationBuilder builder = EmptyHost("""{ "ClustersTic": { "RuleSetId": "v9", "RuleSetFle": "rules.json" } }""");
        builder.Services.AddClustersTic(builder.Configuration.GetSection(ClustersTicOptions.SectionName));
        using IHost host = builder.Build();
        OptionsValidationException ex = (await FluentActions.Awaiting(() => host.StartAsync(TestContext.Current.CancellationToken))
            .Should().ThrowAsync<OptionsValidationException>()).Which;
        ex.Failures.Should().HaveCount(2);
        ex.Message.Should().Contain("RuleSetId 'v9' is not a rule set of the catalog").And.Contain("'RuleSetFle', which is not a ClustersTic option");
    }

    [Fact]
    public async Task EmptyValuesInAppSettings_AreProblems_NotSilentDefaults()
    {
        HostApplicationBuilder builder = EmptyHost("""{ "ClustersTic": { "RuleSetId": " " } }""");
        builder.Services.AddClustersTic(builder.Configuration.GetSection(ClustersTicOptions.SectionName));
        using IHost host = builder.Build();
        (await FluentActions.Awaiting(() => host.StartAsync(TestContext.Current.CancellationToken))
            .Should().ThrowAsync<OptionsValidationException>())
            .Which.Message.Should().Contain("RuleSetId is empty");
    }

    [Fact]
    public void ARuleSetRegisteredAndOneInTheOptions_IsAProblem()
    {
        using ServiceProvider provider = new ServiceCollection().AddSingleton(RuleSetCatalog.Embedded.Get("v1")).AddClustersTic(o => o.RuleSetId = "v2").BuildServiceProvider();
        FluentActions.Invoking(() => provider.GetRequiredService<ConsortiumRules>()).Should().Throw<OptionsValidationException>()
            .WithMessage("*registered in the service collection*");
    }

    [Fact]
    public void AnIdOfARegisteredCatalog_IsAccepted()
    {
        RuleSet local = RuleSetCatalog.Embedded.Get("v1").ToBuilder().With(b => b.Id = "cluster-local").Build();
        using ServiceProvider provider = new ServiceCollection().AddSingleton(new RuleSetCatalog([local])).AddClustersTic(o => o.RuleSetId = "cluster-local").BuildServiceProvider();
        provider.GetRequiredService<ConsortiumRules>().PinnedRuleSet.Should().BeSameAs(local);
    }

    [Fact]
    public void CalledTwice_RegistersOnce_AndKeepsBothConfigurations()
    {
        var services = new ServiceCollection().AddClustersTic().AddClustersTic(o => o.RuleSetId = "v1");
        services.Count(d => d.ServiceType == typeof(ConsortiumRules)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IValidateOptions<ClustersTicOptions>)).Should().Be(1);
        using ServiceProvider provider = services.BuildServiceProvider();
        provider.GetRequiredService<ConsortiumRules>().PinnedRuleSet!.Id.Should().Be("v1");
    }

    [Fact]
    public void TheRuleSetChosen_IsLogged_WhenLoggingIsRegistered()
    {
        var logged = new List<string>();
        using ServiceProvider provider = new ServiceCollection()
            .AddLogging(b => b.AddProvider(new ListLoggerProvider(logged)))
            .AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 12, 2, 9, 0)))
            .AddClustersTic()
            .BuildServiceProvider();
        provider.GetRequiredService<ConsortiumRules>();
        logged.Should().ContainSingle().Which.Should().Be("ClustersTic: ClustersTic rules follow the date: rule set v1 (1.0) in force on 2026-12-02, 2 rule sets in the catalog");

        logged.Clear();
        using ServiceProvider pinned = new ServiceCollection().AddLogging(b => b.AddProvider(new ListLoggerProvider(logged))).AddClustersTic(o => o.RuleSetId = "v2").BuildServiceProvider();
        pinned.GetRequiredService<ConsortiumRules>();
        logged.Should().ContainSingle().Which.Should().StartWith("ClustersTic: ClustersTic rules pinned to rule set v2 (2.0, fingerprint ").And.EndWith(") from options (RuleSetId)");
    }

    [Fact]
    public async Task TheDataSetLoader_LogsWhatItLoaded_AndWhyItRejected()
    {
        var logged = new List<string>();
        using ServiceProvider provider = new ServiceCollection().AddLogging(b => b.AddProvider(new ListLoggerProvider(logged))).AddClustersTic().BuildServiceProvider();
        DataSetLoader loader = provider.GetRequiredService<DataSetLoader>();
        provider.GetRequiredService<DataSetLoader>().Should().BeSameAs(loader);

        ClustersTic.DataSets.DataSet sample = ClustersTic.Samples.SampleData.Load();
        var body = new Support.AsyncOnlyStream(ClustersTic.Samples.SampleData.OpenJson());
        ClustersTic.DataSets.DataSet loaded = await loader.LoadAsync(body, "request body", TestContext.Current.CancellationToken);
        loaded.Companies.Should().HaveCount(sample.Companies.Count);
        logged.Should().ContainSingle().Which.Should().MatchRegex(
            $@"^ClustersTic: ClustersTic data set loaded from request body: {sample.Clusters.Count} clusters, {sample.Companies.Count} companies, {sample.Assessments.Count} assessments, {sample.Signatures.Count} signatures \({body.BytesRead} bytes, \d+ ms\)$");
        body.BytesRead.Should().BeGreaterThan(1000);

        logged.Clear();
        await FluentActions.Awaiting(() => loader.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("{ \"companies\": [ { \"siren\": 12 } ] }")), "export.json", TestContext.Current.CancellationToken))
            .Should().ThrowAsync<ClustersTic.DataSets.DataSetValidationException>();
        logged.Should().ContainSingle().Which.Should().StartWith("ClustersTic: ClustersTic data set from export.json rejected: ").And.Contain("$.companies[0].siren");
    }

    [Fact]
    public void NullArguments_Throw()
    {
        FluentActions.Invoking(() => new ServiceCollection().AddClustersTic((Action<ClustersTicOptions>)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ServiceCollection().AddClustersTic((IConfiguration)null!)).Should().Throw<ArgumentNullException>();
    }

    private static HostApplicationBuilder EmptyHost(string? appSettings = null)
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        if (appSettings is not null)
        {
            builder.Configuration.AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(appSettings)));
        }

        return builder;
    }

    private sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class ListLogger(string category, List<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Add(category + ": " + formatter(state, exception));
        }
    }

    [Fact]
    public void NullServices_Throws_AndTheCollectionIsReturned()
    {
        FluentActions.Invoking(() => ClustersTicServiceCollectionExtensions.AddClustersTic(null!)).Should().Throw<ArgumentNullException>();
        var services = new ServiceCollection();
        services.AddClustersTic().Should().BeSameAs(services);
    }
}
