using System.IO;
using BenchmarkDotNet.Attributes;
using ClustersTic.Companies;
using ClustersTic.Reports;
using ClustersTic.RuleSets;

namespace ClustersTic.Benchmarks;

/// <summary>The library's own operations with no peer: loading and validating the embedded rule set (from
/// its bytes, warm), and writing a decision as JSON.</summary>
[MemoryDiagnoser]
public class LibraryBenchmarks
{
    private byte[] _ruleSetJson = null!;
    private CompanyEligibilityDecision _decision = null!;

    [GlobalSetup]
    public void Setup()
    {
        using (Stream stream = RuleSetCatalog.OpenEmbeddedJson("v1"))
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            _ruleSetJson = copy.ToArray();
        }

        var data = new BenchmarkData(batchSize: 0);
        _decision = data.Rules.EvaluateCompany(data.Failing, data.Consortium);
    }

    [Benchmark]
    public RuleSet LoadAndValidateRuleSet()
    {
        using var stream = new MemoryStream(_ruleSetJson, writable: false);
        return RuleSet.Load(stream);
    }

    [Benchmark]
    public string WriteDecisionJson() => _decision.ToJson();
}
