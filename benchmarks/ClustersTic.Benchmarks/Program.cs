using BenchmarkDotNet.Running;

namespace ClustersTic.Benchmarks;

/// <summary>Entry point: see benchmarks/README.md.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length == 1 && args[0] == "--verify")
        {
            var data = new BenchmarkData();
            EligibilityBenchmarks.Verify(data, new Eligibility.FluentValidationEligibility(), new Eligibility.RulesEngineEligibility(), System.Linq.Enumerable.Select(data.Batch, data.Input));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
