namespace ClustersTic.Sirene;

/// <summary>The département of an INSEE municipality code or a postal code.</summary>
internal static class Departements
{
    public static string? Of(string? municipalityCode, string? postalCode)
    {
        string? code = municipalityCode is { Length: 5 } ? municipalityCode : postalCode is { Length: 5 } ? postalCode : null;
        if (code is null)
        {
            return null;
        }

        return code.StartsWith("97", System.StringComparison.Ordinal) || code.StartsWith("98", System.StringComparison.Ordinal) ? code.Substring(0, 3) : code.Substring(0, 2);
    }
}
