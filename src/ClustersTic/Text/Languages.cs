using System;
using System.Globalization;

namespace ClustersTic.Text;

/// <summary>The .NET way in: a <see cref="CultureInfo"/> read as one of the library's languages.</summary>
public static class Languages
{
    /// <summary>The language of a culture: English for <c>en</c> and every <c>en-*</c> culture, French for
    /// <c>fr-*</c> and for any other culture (French is the library's default), the invariant culture included.
    /// The culture's name decides (its language subtag), so that the answer is the same in
    /// globalization-invariant mode, where cultures carry no data of their own.</summary>
    /// <param name="culture">The culture, such as <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static Language FromCulture(CultureInfo culture)
    {
        Internal.Preconditions.CheckNotNull(culture);
        string name = culture.Name;
        int end = name.IndexOf('-');
        string language = end < 0 ? name : name.Substring(0, end);
        return string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.French;
    }
}
