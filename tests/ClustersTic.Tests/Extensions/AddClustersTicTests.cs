using System;
using System.IO;
using ClustersTic.Extensions.DependencyInjection;
using ClustersTic.RuleSets;
using Microsoft.Extensions.DependencyInjection;
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
        rules.RuleSet.Should().BeSameAs(ruleSet);
        provider.GetRequiredService<ConsortiumRules>().Should().BeSameAs(rules, "the entry point is a singleton");
    }

    [Fact]
    public void ClockRegisteredFirst_IsKept_AndDecidesTheRuleSetInForce()
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 3, 1, 0, 0));
        using ServiceProvider provider = new ServiceCollection().AddSingleton<IClock>(clock).AddClustersTic().BuildServiceProvider();
        provider.GetRequiredService<IClock>().Should().BeSameAs(clock);
        provider.GetRequiredService<ConsortiumRules>().RuleSet.Id.Should().Be("v2");
        provider.GetRequiredService<ConsortiumRules>().Today.Should().Be(new LocalDate(2027, 3, 1));
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
            fromFile.GetRequiredService<ConsortiumRules>().RuleSet.Id.Should().Be("cluster-local");
        }
        finally
        {
            File.Delete(path);
        }

        using ServiceProvider fromStream = new ServiceCollection().AddClustersTic(o => o.RuleSetStream = () => RuleSetCatalog.OpenEmbeddedJson("v2")).BuildServiceProvider();
        fromStream.GetRequiredService<RuleSet>().Id.Should().Be("v2");
    }

    [Fact]
    public void InvalidOptions_AreAllReportedInOneException()
    {
        ClustersTicOptionsException ex = FluentActions.Invoking(() => new ServiceCollection().AddClustersTic(o =>
            {
                o.RuleSetId = "v9";
                o.RuleSetFile = "/no/such/file.json";
            }))
            .Should().Throw<ClustersTicOptionsException>().Which;
        ex.Problems.Should().HaveCount(3);
        ex.Message.Should().Contain("at most one").And.Contain("'v9'").And.Contain("/no/such/file.json");
    }

    [Fact]
    public void InvalidRuleSetFile_FailsAtStartUp()
    {
        string path = Path.Combine(Path.GetTempPath(), "clusterstic-di-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "{}");
        try
        {
            FluentActions.Invoking(() => new ServiceCollection().AddClustersTic(o => o.RuleSetFile = path)).Should().Throw<RuleSetValidationException>();
        }
        finally
        {
            File.Delete(path);
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
