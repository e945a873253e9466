using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ClustersTic.Benchmarks.Eligibility;
using ClustersTic.Companies;

namespace ClustersTic.Benchmarks;

/// <summary>
/// Company eligibility (CO-1…CO-5, v1 parameters) four ways. Each category has the hand-written baseline.
/// <see cref="Setup"/> checks that the four agree (outcome, failed rules, unknown rules) on every record.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EligibilityBenchmarks
{
    private BenchmarkData _data = null!;
    private FluentValidationEligibility _fluent = null!;
    private RulesEngineEligibility _rulesEngine = null!;
    private EligibilityInput _pass = null!;
    private EligibilityInput _fail = null!;
    private EligibilityInput[] _batch = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = new BenchmarkData();
        _fluent = new FluentValidationEligibility();
        _rulesEngine = new RulesEngineEligibility();
        _pass = _data.Input(_data.Eligible);
        _fail = _data.Input(_data.Failing);
        _batch = _data.Batch.Select(_data.Input).ToArray();
        Verify(_data, _fluent, _rulesEngine, _batch.Append(_pass).Append(_fail));
    }

    /// <summary>Throws unless the four implementations agree on every input.</summary>
    public static void Verify(BenchmarkData data, FluentValidationEligibility fluent, RulesEngineEligibility rulesEngine, System.Collections.Generic.IEnumerable<EligibilityInput> inputs)
    {
        int count = 0;
        foreach (EligibilityInput input in inputs)
        {
            EligibilityResult library = EligibilityResult.From(data.Rules.EvaluateCompany(input.Company, data.Consortium));
            EligibilityResult hand = HandWrittenEligibility.Evaluate(input);
            EligibilityResult fv = fluent.Evaluate(input);
            EligibilityResult re = rulesEngine.Evaluate(input);
            if (library != hand || library != fv || library != re)
            {
                throw new InvalidOperationException(
                    $"The implementations disagree on {input.Company.Name} ({input.Company.Siren}): library {library}, hand-written {hand}, FluentValidation {fv}, RulesEngine {re}.");
            }

            count++;
        }

        Console.WriteLine($"// Verified: the four implementations agree on {count} companies.");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Pass")]
    public EligibilityResult Pass_HandWritten() => HandWrittenEligibility.Evaluate(_pass);

    [Benchmark, BenchmarkCategory("Pass")]
    public CompanyEligibilityDecision Pass_ClustersTic() => _data.Rules.EvaluateCompany(_pass.Company, _data.Consortium);

    [Benchmark, BenchmarkCategory("Pass")]
    public EligibilityResult Pass_FluentValidation() => _fluent.Evaluate(_pass);

    [Benchmark, BenchmarkCategory("Pass")]
    public EligibilityResult Pass_RulesEngine() => _rulesEngine.Evaluate(_pass);

    [Benchmark(Baseline = true), BenchmarkCategory("Fail")]
    public EligibilityResult Fail_HandWritten() => HandWrittenEligibility.Evaluate(_fail);

    [Benchmark, BenchmarkCategory("Fail")]
    public CompanyEligibilityDecision Fail_ClustersTic() => _data.Rules.EvaluateCompany(_fail.Company, _data.Consortium);

    /// <summary>The decision and its findings read (the library makes a decision's findings when they are
    /// first read): what a tool that shows why a company fails pays. Not one of the targets.</summary>
    [Benchmark, BenchmarkCategory("Fail")]
    public int Fail_ClustersTic_WithFindings() => _data.Rules.EvaluateCompany(_fail.Company, _data.Consortium).Findings.Count;

    [Benchmark, BenchmarkCategory("Fail")]
    public EligibilityResult Fail_FluentValidation() => _fluent.Evaluate(_fail);

    [Benchmark, BenchmarkCategory("Fail")]
    public EligibilityResult Fail_RulesEngine() => _rulesEngine.Evaluate(_fail);

    [Benchmark(Baseline = true), BenchmarkCategory("Batch10k")]
    public int Batch_HandWritten()
    {
        int eligible = 0;
        foreach (EligibilityInput input in _batch)
        {
            eligible += HandWrittenEligibility.Evaluate(input).Outcome == Decisions.Outcome.Eligible ? 1 : 0;
        }

        return eligible;
    }

    [Benchmark, BenchmarkCategory("Batch10k")]
    public int Batch_ClustersTic()
    {
        int eligible = 0;
        foreach (EligibilityInput input in _batch)
        {
            eligible += _data.Rules.EvaluateCompany(input.Company, _data.Consortium).Outcome == Decisions.Outcome.Eligible ? 1 : 0;
        }

        return eligible;
    }
}
