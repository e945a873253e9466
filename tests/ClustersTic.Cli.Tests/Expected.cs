using System;
using System.IO;
using System.Reflection;

namespace ClustersTic.Cli.Tests;

/// <summary>Expected output files (tests/ClustersTic.Cli.Tests/Expected). Set <c>CLUSTERSTIC_UPDATE_EXPECTED=1</c>
/// to write what the tool gives instead (then review the diff before committing).</summary>
internal static class Expected
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "tests", "ClustersTic.Cli.Tests", "Expected");

    public static void Match(string name, string actual)
    {
        string path = Path.Combine(Folder, name);
        if (Environment.GetEnvironmentVariable("CLUSTERSTIC_UPDATE_EXPECTED") == "1")
        {
            File.WriteAllText(path, actual);
        }

        File.Exists(path).Should().BeTrue("the expected file {0} exists (CLUSTERSTIC_UPDATE_EXPECTED=1 writes it)", name);
        actual.Should().Be(File.ReadAllText(path), "the output matches {0}", name);
    }

    /// <summary>A file of the test's output folder (inputs and the linked samples are copied there).</summary>
    public static string Input(string relative) => Path.Combine(Path.GetDirectoryName(Assembly.GetExecutingAssembly().Location)!, relative);

    public static string RepositoryRoot() => ClustersTic.Testing.Repository.Root;
}
