using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace ClustersTic.Cli.Tests;

/// <summary>samples/portal.py and samples/portal.php (issue 16, point 8): a portal in another language calling the
/// tool, run as a user runs them; both print the same thing. Where the interpreter is missing the test is skipped
/// with the reason, unless <c>CLUSTERSTIC_REQUIRE_PYTHON=1</c> / <c>CLUSTERSTIC_REQUIRE_PHP=1</c> (set by
/// <c>.ci/run</c> once it has installed them), where it fails.</summary>
public sealed class PortalSamplesTests
{
    [Theory]
    [InlineData("python3", "portal.py", "CLUSTERSTIC_REQUIRE_PYTHON")]
    [InlineData("php", "portal.php", "CLUSTERSTIC_REQUIRE_PHP")]
    public async Task ThePortalSample_CallsTheTool_AndPrintsItsDecisions(string interpreter, string script, string require)
    {
        string? path = Find(interpreter);
        if (path is null)
        {
            string reason = interpreter + " is not installed (.ci/run installs it from Debian's packages).";
            if (Environment.GetEnvironmentVariable(require) == "1")
            {
                throw new InvalidOperationException(reason);
            }

            Assert.Skip(reason);
        }

        string root = Expected.RepositoryRoot();
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        start.ArgumentList.Add(Path.Combine("samples", script));
        start.ArgumentList.Add("552 100 554");
        start.ArgumentList.Add(Path.Combine("samples", "cli", "membres.csv"));
        start.Environment["CLUSTERS_TIC"] = CliProcess.CommandLine;
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        Task<string> error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        // Standard error is not required to be empty: an interpreter's wrapper (a pyenv shim is a bash script) may
        // warn there about the test run's locale; a failure of the sample shows in its exit code and output.
        process.ExitCode.Should().Be(0, "the sample runs: {0}", await error);
        Expected.Match("portal.txt", await output);
    }

    private static string? Find(string name)
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(dir, name);
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
