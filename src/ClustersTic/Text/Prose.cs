using System;
using System.Globalization;
using ClustersTic.Internal;
using NodaTime;

namespace ClustersTic.Text;

/// <summary>How values read in sentences, in French or English (docs/typography.md): what the library's own
/// messages use, for tools that write text around them. JSON and finding arguments keep the invariant forms
/// (ISO dates, a decimal point).</summary>
/// <remarks>All members are thread-safe and culture-invariant: the text depends on the language only.</remarks>
public static class Prose
{
    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>A date in words: <c>28 novembre 2026</c> (<c>1er décembre 2026</c>; a no-break space after the
    /// day) or <c>28 November 2026</c>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="language">The language.</param>
    /// <returns>The date in words.</returns>
    public static string Date(LocalDate date, Language language)
    {
        string year = date.Year.ToString(CultureInfo.InvariantCulture);
        return language == Language.English
            ? date.Day.ToString(CultureInfo.InvariantCulture) + " " + EnglishMonths[date.Month - 1] + " " + year
            : (date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture)) + FrenchTypography.NoBreakSpace + FrenchMonths[date.Month - 1] + " " + year;
    }

    /// <summary>A whole number: grouped by thousands from 10,000 on (<c>12 345</c> with U+202F in French,
    /// <c>12,345</c> in English); years and small counts stay ungrouped.</summary>
    /// <param name="value">The number.</param>
    /// <param name="language">The language.</param>
    /// <returns>The number as text.</returns>
    public static string Number(long value, Language language)
    {
        if (Math.Abs(value) < 10000)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        string grouped = value.ToString("#,0", CultureInfo.InvariantCulture);
        return language == Language.English ? grouped : grouped.Replace(',', FrenchTypography.NarrowNoBreakSpace);
    }

    /// <summary>A score with one decimal, rounded half away from zero: <c>95,8</c> (French decimal comma) or
    /// <c>95.8</c>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language.</param>
    /// <returns>The value as text.</returns>
    public static string OneDecimal(decimal value, Language language)
    {
        string text = Invariant.OneDecimal(value).ToString("0.0", CultureInfo.InvariantCulture);
        return language == Language.English ? text : text.Replace('.', ',');
    }

    /// <summary>A percentage (0–100) with one decimal: <c>25,0 %</c> (U+202F) or <c>25.0%</c>.</summary>
    /// <param name="percent">The percentage, 0–100.</param>
    /// <param name="language">The language.</param>
    /// <returns>The percentage as text.</returns>
    public static string Percent(decimal percent, Language language) =>
        OneDecimal(percent, language) + (language == Language.English ? "%" : FrenchTypography.NarrowNoBreakSpace + "%");

    /// <summary>The separator of a label and its value: <c> : </c> (U+00A0 before the colon) in French,
    /// <c>: </c> in English.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The separator.</returns>
    public static string Colon(Language language) => language == Language.English ? ": " : FrenchTypography.NoBreakSpace + ": ";

    /// <summary>French typography applied to a French text written with plain spaces and apostrophes — the rules
    /// the library's own texts follow (docs/typography.md): a no-break space (U+00A0) before a colon, a narrow
    /// no-break space (U+202F) before <c>; ! ? %</c> and inside <c>« »</c>, the typographic apostrophe. What stands
    /// between guillemets is kept as it is. For an application's own French messages beside the library's.</summary>
    /// <param name="french">The French text.</param>
    /// <returns>The text with French typography.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="french"/> is null.</exception>
    public static string Typeset(string french) => FrenchTypography.Apply(Internal.Preconditions.CheckNotNull(french));
}
