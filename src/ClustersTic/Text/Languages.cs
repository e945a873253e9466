using System;
using System.Globalization;

namespace ClustersTic.Text;

/// <summary>The .NET way in: a <see cref="CultureInfo"/> read as one of the library's languages.</summary>
public static class Languages
{
    /// <summary>The language of a culture: English for <c>en</c> and every <c>en-*</c> culture, French for
    /// <c>fr-*</c> and for any other culture (French is the library's default), the invariant culture included.</summary>
    /// <param name="culture">The culture, such as <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static Language FromCulture(CultureInfo culture)
    {
        Internal.Preconditions.CheckNotNull(culture);
        return string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.French;
    }
}
