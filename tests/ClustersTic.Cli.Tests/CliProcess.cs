using System;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;

namespace ClustersTic.Cli.Tests;

/// <summary>Runs the built <c>clusters-tic</c> (the CLI project's output for this configuration) as a process — or,
/// when <c>CLUSTERSTIC_CLI</c> names an executable (the Native AOT build, in <c>.ci/run</c>), that one, so that
/// the same tests prove the native tool gives the same bytes.</summary>
internal static class CliProcess
{
    private static readonly Lazy<string> Dll = new(Find);
    private static readonly string? Native = Environment.GetEnvironmentVariable("CLUSTERSTIC_CLI") is { Length: > 0 } path ? Path.GetFullPath(path) : null;

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Native ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        if (Native is null)
        {
            start.ArgumentList.Add(Dll.Value);
        }

        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The machine's culture must not matter: the tool's language is its --lang.
        start.Environment["LANG"] = "tr_TR.UTF-8";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "de";
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The command line that runs the tool, as a portal would configure it (CLUSTERS_TIC).</summary>
    public static string CommandLine => Native ?? "dotnet " + Dll.Value;

    private static string Find()
    {
        // tests/ClustersTic.Cli.Tests/bin/<Configuration>/net10.0 → src/ClustersTic.Cli/bin/<Configuration>/net10.0
        string here = Path.GetDirectoryName(Assembly.GetExecutingAssembly().Location)!;
        var dir = new DirectoryInfo(here);
        string framework = dir.Name;
        string configuration = dir.Parent!.Name;
        DirectoryInfo root = dir;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ClustersTic.sln")))
        {
            root = root.Parent!;
        }

        string dll = Path.Combine(root!.FullName, "src", "ClustersTic.Cli", "bin", configuration, framework, "clusters-tic.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("The built clusters-tic was not found (build the solution first).", dll);
    }
}
