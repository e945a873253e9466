using System;
using NodaTime;
using NodaTime.Text;

namespace ClustersTic.Serialization;

/// <summary>Reads the string-typed values of documents (dates, enumeration names), reporting problems with
/// their path. Shared by the rule set and data set builders; <c>prefix</c> is the problem code prefix.</summary>
internal static class DocumentValues
{
    /// <summary>An ISO date (<c>yyyy-MM-dd</c>) from 0001-01-01 to 9999-12-31.</summary>
    public static LocalDate Date(string text, string path, ProblemCollector p, string prefix)
    {
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success || result.Value.Year < 1)
        {
            p.Add(prefix + ".date-format", path, $"'{Internal.TextHelpers.Shorten(text)}' is not an ISO date (yyyy-MM-dd) between 0001-01-01 and 9999-12-31.");
            return default;
        }

        return result.Value;
    }

    /// <summary>An optional ISO date: null stays null.</summary>
    public static LocalDate? OptionalDate(string? text, string path, ProblemCollector p, string prefix) =>
        text is null ? null : Date(text, path, p, prefix);

    /// <summary>An enumeration value by its exact name (no numbers, no other case).</summary>
    public static T? Enum<T>(string name, string path, ProblemCollector p, string prefix)
        where T : struct, Enum
    {
        foreach (T value in EnumValues<T>.All)
        {
            if (string.Equals(value.ToString(), name, StringComparison.Ordinal))
            {
                return value;
            }
        }

        p.Add(prefix + ".unknown-value", path, $"'{Internal.TextHelpers.Shorten(name)}' is not one of: {string.Join(", ", EnumValues<T>.All)}.");
        return null;
    }

    private static class EnumValues<T>
        where T : struct, Enum
    {
#if NET8_0_OR_GREATER
        public static readonly T[] All = System.Enum.GetValues<T>();
#else
        public static readonly T[] All = (T[])System.Enum.GetValues(typeof(T));
#endif
    }
}
