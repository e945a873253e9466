using System;
using System.IO;

namespace ClustersTic.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine(Root, System.IO.Path.Combine(parts));

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ClustersTic.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (ClustersTic.sln) was not found above " + AppContext.BaseDirectory);
    }
}
