using System;
using System.IO;

namespace ClustersTic.Testing;

/// <summary>The repository's root folder (the one holding ClustersTic.sln), found from the running program's
/// folder: for the tests, the benchmarks and the fuzzers, which read and write files of the repository.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(System.IO.Path.Combine(dir.FullName, "ClustersTic.sln")))
        {
            dir = dir.Parent ?? throw new DirectoryNotFoundException("ClustersTic.sln was not found above " + AppContext.BaseDirectory);
        }

        return dir.FullName;
    });

    /// <summary>The root folder.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>A path under the root.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
