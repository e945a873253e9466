using System;
using NodaTime;

namespace ClustersTic.Documents;

/// <summary>Reads the string-typed values of documents (dates, enumeration names), reporting problems with
/// their path. Shared by the rule set and data set builders; <c>prefix</c> is the problem code prefix.</summary>
internal static class DocumentValues
{
    /// <summary>An ISO date (<c>yyyy-MM-dd</c>) from 0001-01-01 to 9999-12-31.</summary>
    public static LocalDate Date(string text, string path, ProblemCollector p, string prefix)
    {
        if (!TryParseIsoDate(text, out LocalDate date))
        {
            p.Add(prefix + ".date-format", path, $"« {Internal.TextHelpers.Shorten(text)} » n'est pas une date ISO (aaaa-MM-jj) de l'an 1 à l'an 9999.", $"'{Internal.TextHelpers.Shorten(text)}' is not an ISO date (yyyy-MM-dd) from year 1 to year 9999.");
            return default;
        }

        return date;
    }

    /// <summary>Strict <c>yyyy-MM-dd</c> (ASCII digits, a real calendar date, year 1–9999), read directly:
    /// building NodaTime's text patterns is the costliest step of a cold start.</summary>
    public static bool TryParseIsoDate(string text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        if (!Digits(text, 0, 4, out int year) || !Digits(text, 5, 2, out int month) || !Digits(text, 8, 2, out int day))
        {
            return false;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            char c = text[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>An optional ISO date: null stays null.</summary>
    public static LocalDate? OptionalDate(string? text, string path, ProblemCollector p, string prefix) =>
        text is null ? null : Date(text, path, p, prefix);

    /// <summary>An enumeration value by its exact name (no numbers, no other case).</summary>
    public static T? Enum<T>(string name, string path, ProblemCollector p, string prefix)
        where T : struct, Enum
    {
        int index = EnumIndex<T>(name, path, p, prefix);
        return index < 0 ? null : Internal.EnumTable<T>.Values[index];
    }

    /// <summary>The position of a value among <see cref="AllValues{T}()"/>, or -1 (and a problem) when
    /// <paramref name="name"/> is none of them.</summary>
    public static int EnumIndex<T>(string name, string path, ProblemCollector p, string prefix)
        where T : struct, Enum
    {
        string[] names = Internal.EnumTable<T>.Names;
        for (int i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        p.Add(prefix + ".unknown-value", path, $"« {Internal.TextHelpers.Shorten(name)} » n'est pas l'une des valeurs : {string.Join(", ", names)}.", $"'{Internal.TextHelpers.Shorten(name)}' is not one of: {string.Join(", ", names)}.");
        return -1;
    }

    /// <summary>The values of an enumeration in ascending order (shared; do not modify).</summary>
    public static T[] AllValues<T>()
        where T : struct, Enum => Internal.EnumTable<T>.Values;

}
