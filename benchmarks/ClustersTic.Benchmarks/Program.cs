using BenchmarkDotNet.Running;

namespace ClustersTic.Benchmarks;

/// <summary>Entry point: see benchmarks/README.md.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length == 1 && args[0] == "--verify")
        {
            // The set-ups check that the implementations agree (and throw if not): CI runs this (.ci/run).
            new EligibilityBenchmarks().Setup();
            new ScoringBenchmarks().Setup();
            new ReportWritingBenchmarks().Setup();
            System.Console.WriteLine("// Verified: eligibility and scoring implementations agree.");
            return;
        }

        if (args.Length >= 1 && args[0] == "--report-memory")
        {
            ReportMemory.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000, toJson: args.Length > 2 && args[2] == "--to-json");
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
