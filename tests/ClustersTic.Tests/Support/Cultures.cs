using System.Globalization;

namespace ClustersTic.Tests.Support;

/// <summary>Cultures by name in every mode the tests run in: in globalization-invariant mode a named culture
/// exists only because the test projects set <c>PredefinedCulturesOnly</c> to false (it then has invariant
/// data and its own name, which is what the library reads).</summary>
internal static class Cultures
{
    public static CultureInfo Get(string name) => CultureInfo.GetCultureInfo(name);
}
