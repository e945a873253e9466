using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace ClustersTic.Cli.Tests;

/// <summary>What the tool does when its output is a terminal (issue 16, point 4), run under util-linux's
/// <c>script</c>, which gives the tool a pseudo-terminal: a binary format or the report refused without
/// <c>-o</c>; the progress line drawn on stderr for a large file, and erased.</summary>
public sealed class TerminalTests
{
    [Fact]
    public async Task InATerminal_TheReportAndXlsxNeedAnOutputFile()
    {
        (int code, string screen) = await RunInTerminalAsync("report", Expected.Input("Samples/consortium.json"), "--lang", "en");
        screen.Should().Contain("the html format is written to a file: add -o file.html.");
        code.Should().Be(2);

        (int xlsx, string screen2) = await RunInTerminalAsync("companies", Expected.Input("Samples/membres.csv"), "--format", "xlsx", "--lang", "en");
        screen2.Should().Contain("the xlsx format is written to a file: add -o file.xlsx.");
        xlsx.Should().Be(2);
    }

    [Fact]
    public async Task InATerminal_ALargeFileShowsItsProgress_ThenErasesIt()
    {
        string file = Path.Combine(Path.GetTempPath(), "clusters-tic-large-" + Guid.NewGuid().ToString("N") + ".csv");
        string output = file + ".ndjson";
        try
        {
            var text = new StringBuilder("siren;nom;naf;cluster;adhesion_debut\n");
            for (int i = 0; i < 20_000; i++)
            {
                text.Append("732829320;Entreprise numéro ").Append(i).Append(" avec un nom assez long pour grossir le fichier;62.01Z;loire-numerique;01/01/2020\n");
            }

            await File.WriteAllTextAsync(file, text.ToString(), TestContext.Current.CancellationToken);
            new FileInfo(file).Length.Should().BeGreaterThan(1 << 20);
            (_, string screen) = await RunInTerminalAsync("companies", file, "--format", "json", "-o", output);
            screen.Should().Contain(" — ").And.Contain(" lignes, ").And.Contain(" lignes/s", "the progress line is drawn");
            screen.Should().MatchRegex("\r {30,}\r", "and erased at the end");
            File.ReadAllLines(output).Should().HaveCount(20_000);
        }
        finally
        {
            File.Delete(file);
            File.Delete(output);
        }
    }

    [Fact]
    public async Task InATerminal_ARegisterScanShowsBytesReadOfTheTotal_AndRowsPerSecond()
    {
        string stock = Path.Combine(Path.GetTempPath(), "clusters-tic-stock-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            string[] sample = File.ReadAllLines(Expected.Input("Samples/sirene/StockUniteLegale_utf8.csv"));
            var text = new StringBuilder(sample[0]).Append('\n');
            for (int i = 0; i < 12_000; i++)
            {
                text.Append((100_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(sample[1].AsSpan(9)).Append('\n');
            }

            await File.WriteAllTextAsync(stock, text.ToString(), TestContext.Current.CancellationToken);
            new FileInfo(stock).Length.Should().BeGreaterThan(1 << 20);
            (int code, string screen) = await RunInTerminalAsync("sirene", "verify", Expected.Input("Samples/membres.csv"), "--legal-units", stock, "--format", "csv", "-o", stock + ".out.csv");
            code.Should().Be(1);
            screen.Should().MatchRegex("[0-9]+\u202F% — [0-9]+ Mo sur [0-9]+ Mo — [0-9\u202F]+ lignes, [0-9\u202F]+ lignes/s", "the scan's progress: bytes read of the total, rows per second");
            screen.Should().MatchRegex("\r {30,}\r", "and erased at the end");
        }
        finally
        {
            File.Delete(stock);
            File.Delete(stock + ".out.csv");
        }
    }

    private static async Task<(int Code, string Screen)> RunInTerminalAsync(params string[] args)
    {
        if (!File.Exists("/usr/bin/script"))
        {
            Assert.Skip("util-linux's script is not installed (Debian: bsdutils).");
        }

        var command = new StringBuilder(CliProcess.CommandLine);
        foreach (string arg in args)
        {
            command.Append(" '").Append(arg.Replace("'", "'\\''", StringComparison.Ordinal)).Append('\'');
        }

        var start = new ProcessStartInfo("/usr/bin/script") { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (string arg in new[] { "-qec", command.ToString(), "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        process.StandardInput.Close();
        string screen = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, screen);
    }
}
