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

        if (args.Length >= 1 && args[0] == "--cli-stages")
        {
            CliStages.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
            return;
        }

        if (args.Length >= 1 && args[0] == "--cli-memory")
        {
            // Peak working set of `clusters-tic companies --format json` on 100,000 and 1,000,000 rows: bounded
            // memory means the two are close (benchmarks/README.md, issue 16).
            foreach (int rows in new[] { 100_000, 1_000_000 })
            {
                string file = CliFiles.MemberList(rows);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                int code = CliFiles.Run(CliFiles.JitCommand(), ["companies", file, "--clusters", CliFiles.Clusters, "--as-of", "2026-12-01", "--format", "json", "-o", CliFiles.Output("companies.ndjson")], out long peak);
                System.Console.WriteLine(System.FormattableString.Invariant($"{rows:N0} rows ({new System.IO.FileInfo(file).Length / 1e6:F1} MB): exit {code}, {clock.Elapsed.TotalSeconds:F1} s, peak working set {peak / 1e6:F1} MB"));
            }

            return;
        }

        if (args.Length >= 1 && args[0] == "--sirene-interleaved")
        {
            // The scan and the two Sep baselines run in turn, round after round, so that a change of the machine's
            // state (its page cache, a neighbour) reaches all three alike; the medians and their ratios are printed.
            SireneScanBenchmarks.Interleaved(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 9);
            return;
        }

        if (args.Length >= 1 && args[0] == "--sirene-memory")
        {
            // Peak working set of a scan of 500,000 and 5,000,000 legal units (issue 18): bounded memory means the
            // two are close. Each in a fresh process, so that the first does not raise the second's peak.
            if (args.Length > 1)
            {
                string file = SireneFiles.LegalUnits(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
                var clock = System.Diagnostics.Stopwatch.StartNew();
                long units = new SireneScanBenchmarks().Scan(file);
                System.Console.WriteLine(System.FormattableString.Invariant($"{units:N0} units ({new System.IO.FileInfo(file).Length / 1e6:F0} MB): {clock.Elapsed.TotalSeconds:F1} s, {new System.IO.FileInfo(file).Length / 1e6 / clock.Elapsed.TotalSeconds:F0} MB/s, peak working set {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F1} MB"));
                return;
            }

            foreach (int rows in new[] { 500_000, 5_000_000 })
            {
                SireneFiles.LegalUnits(rows);
                var start = new System.Diagnostics.ProcessStartInfo(System.Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
                if (System.Environment.ProcessPath!.EndsWith("dotnet", System.StringComparison.Ordinal))
                {
                    start.ArgumentList.Add(typeof(Program).Assembly.Location);
                }

                start.ArgumentList.Add("--sirene-memory");
                start.ArgumentList.Add(rows.ToString(System.Globalization.CultureInfo.InvariantCulture));
                using var process = System.Diagnostics.Process.Start(start)!;
                System.Console.Write(process.StandardOutput.ReadToEnd());
                process.WaitForExit();
            }

            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
