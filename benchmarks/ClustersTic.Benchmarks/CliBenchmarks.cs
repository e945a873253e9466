using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CsvHelper;
using nietras.SeparatedValues;

namespace ClustersTic.Benchmarks;

/// <summary>
/// clusters-tic on a generated member list of 1,000,000 rows (issue 16, point 6): <c>companies --format json</c>,
/// run as the tool runs (a process, output to a file), against parsing the same file with the CSV library alone
/// (every cell of every row read as a string — what any consumer of the file does at least); and Sep against
/// CsvHelper on the same file, the choice of the tool's parser.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CliCsvBenchmarks
{
    private string _file = string.Empty;

    [GlobalSetup]
    public void Setup() => _file = CliFiles.MemberList(1_000_000);

    [Benchmark(Baseline = true)]
    public long Sep_ParseEveryCell()
    {
        long characters = 0;
        using SepReader reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(_file);
        foreach (SepReader.Row row in reader)
        {
            for (int i = 0; i < row.ColCount; i++)
            {
                characters += row[i].ToString().Length;
            }
        }

        return characters;
    }

    [Benchmark]
    public long CsvHelper_ParseEveryCell()
    {
        long characters = 0;
        using CsvReader reader = CsvReader.FromFile(_file, new CsvReaderOptions { Separator = ';', HasHeader = true });
        while (reader.Read())
        {
            for (int i = 0; i < reader.FieldCount; i++)
            {
                characters += reader.GetString(i).Length;
            }
        }

        return characters;
    }

    [Benchmark]
    public int ClustersTic_Companies_Json() => CliFiles.Run(CliFiles.JitCommand(), "companies", _file, "--clusters", CliFiles.Clusters, "--as-of", "2026-12-01", "--format", "json", "-o", CliFiles.Output("companies.ndjson"));
}

/// <summary>
/// <c>clusters-tic check 552100554</c> as a fresh process — what a PHP portal pays per request — the Native AOT
/// executable against the framework-dependent (JIT) build. Needs <c>artifacts/aot/clusters-tic</c>
/// (docs/cli.md, "A native clusters-tic").
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 20)]
public class CliStartBenchmarks
{
    [Benchmark(Baseline = true)]
    public int Check_Jit() => CliFiles.RunOnce(CliFiles.JitCommand(), "check", "552100554");

    [Benchmark]
    public int Check_NativeAot() => CliFiles.RunOnce([CliFiles.NativeExecutable()], "check", "552100554");
}

/// <summary>The files and builds the CLI benchmarks use.</summary>
public static class CliFiles
{
    public static string Root => ClustersTic.Testing.Repository.Root;

    public static string Clusters => Path.Combine(Root, "samples", "cli", "clusters.json");

    public static string Output(string name)
    {
        string folder = Path.Combine(Root, "artifacts", "bench");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    /// <summary>The framework-dependent tool (Release build): <c>dotnet …/clusters-tic.dll</c>.</summary>
    public static string[] JitCommand()
    {
        string dll = Path.Combine(Root, "src", "ClustersTic.Cli", "bin", "Release", "net10.0", "clusters-tic.dll");
        return File.Exists(dll) ? ["dotnet", dll] : throw new FileNotFoundException("Build the tool first: dotnet build src/ClustersTic.Cli -c Release", dll);
    }

    public static string NativeExecutable()
    {
        string exe = Path.Combine(Root, "artifacts", "aot", "clusters-tic");
        return File.Exists(exe) ? exe : throw new FileNotFoundException("Publish the native tool first: dotnet publish src/ClustersTic.Cli -c Release -r linux-x64 -p:NativeAot=true -o artifacts/aot", exe);
    }

    /// <summary>Runs the tool as a portal does for one answer: start it, read its output to the end, wait for it
    /// (no reader threads, no sampling); returns the exit code.</summary>
    public static int RunOnce(string[] command, params string[] args)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string part in command[1..])
        {
            start.ArgumentList.Add(part);
        }

        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Runs the tool, its output discarded; returns the exit code (1 is expected for a member list with
    /// ineligible companies).</summary>
    public static int Run(string[] command, params string[] args) => Run(command, args, out _);

    /// <summary>Runs the tool and samples its peak working set (VmHWM) until it exits.</summary>
    public static int Run(string[] command, string[] args, out long peakWorkingSet)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string part in command[1..])
        {
            start.ArgumentList.Add(part);
        }

        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        peakWorkingSet = 0;
        while (!process.WaitForExit(20))
        {
            try
            {
                process.Refresh();
                peakWorkingSet = Math.Max(peakWorkingSet, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                break;
            }
        }

        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>A generated member list of <paramref name="rows"/> rows in the README's layout (French headers,
    /// <c>;</c>, French numbers and dates, a quoted name in one row of seven), cached under artifacts/bench.</summary>
    public static string MemberList(int rows)
    {
        string path = Output("members-" + rows.ToString(CultureInfo.InvariantCulture) + ".csv");
        if (File.Exists(path))
        {
            return path;
        }

        string[] nafs = ["62.01Z", "62.02A", "58.29C", "63.11Z", "28.41Z", "70.22Z", "62.10Y"];
        string[] clusters = ["loire-numerique", "rhonealley", "peba", "franche-comte-interactive", "spn"];
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true), 1 << 16) { NewLine = "\r\n" };
        writer.WriteLine("SIREN;Nom;Code NAF;État;Date de création;Exercice;Effectif;CA;Bilan;Effectif précédent;CA précédent;Bilan précédent;Cluster;Adhésion début;Adhésion fin");
        var random = new Random(16);
        for (int i = 0; i < rows; i++)
        {
            string siren = Siren(100_000_000 + (i * 7));
            string name = i % 7 == 0 ? "\"Société " + i.ToString(CultureInfo.InvariantCulture) + "; Conseil\"" : "Entreprise " + i.ToString(CultureInfo.InvariantCulture);
            int headcount = random.Next(1, 300);
            string turnover = (headcount * 95_000).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ') + ",00";
            string balance = (headcount * 60_000).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');
            writer.Write(siren);
            writer.Write(';');
            writer.Write(name);
            writer.Write(';');
            writer.Write(nafs[i % nafs.Length]);
            writer.Write(i % 50 == 0 ? ";Cessé;" : ";Actif;");
            writer.Write(FormattableString.Invariant($"{1 + (i % 28):00}/{1 + (i % 12):00}/{1990 + (i % 35)};2025;{headcount};{turnover};{balance};{Math.Max(1, headcount - 3)};{turnover};{balance};"));
            writer.Write(clusters[i % clusters.Length]);
            writer.WriteLine(FormattableString.Invariant($";01/{1 + (i % 12):00}/{2010 + (i % 15)};"));
        }

        return path;
    }

    /// <summary>A valid SIREN (Luhn) from 8 leading digits of <paramref name="seed"/>.</summary>
    private static string Siren(int seed)
    {
        string body = (seed % 100_000_000).ToString("00000000", CultureInfo.InvariantCulture);
        for (int check = 0; check < 10; check++)
        {
            string candidate = body + check.ToString(CultureInfo.InvariantCulture);
            int sum = 0;
            for (int k = 0; k < 9; k++)
            {
                int d = candidate[8 - k] - '0';
                if (k % 2 == 1)
                {
                    d *= 2;
                    if (d > 9)
                    {
                        d -= 9;
                    }
                }

                sum += d;
            }

            if (sum % 10 == 0)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("unreachable");
    }
}
