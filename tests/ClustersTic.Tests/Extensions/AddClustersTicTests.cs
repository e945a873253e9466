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
