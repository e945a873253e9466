using System.Linq;
using System.Runtime.Versioning;
using ClustersTic.Identifiers;

namespace ClustersTic.Tests;

/// <summary>Proves which build of ClustersTic this test assembly runs against.</summary>
public sealed class BuildUnderTestTests
{
    [Fact]
    public void ReferencedAssembly_IsTheExpectedTargetFramework()
    {
        string? framework = typeof(Siren).Assembly
            .GetCustomAttributes(typeof(TargetFrameworkAttribute), false)
            .Cast<TargetFrameworkAttribute>()
            .Single()
            .FrameworkName;
#if CLUSTERSTIC_NETSTANDARD
        framework.Should().Be(".NETStandard,Version=v2.0");
#else
        framework.Should().Be(".NETCoreApp,Version=v8.0");
#endif
    }
}
