using System;
using ClustersTic.Internal;

namespace ClustersTic.Text;

/// <summary>A text written in French and English.</summary>
/// <remarks>Immutable and thread-safe. Both texts are non-blank.</remarks>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    /// <summary>Creates a text in both languages.</summary>
    /// <param name="french">The French text.</param>
    /// <param name="english">The English text.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or white space only.</exception>
    public LocalizedText(string french, string english)
    {
        French = CheckText(french, nameof(french));
        English = CheckText(english, nameof(english));
    }

    /// <summary>The French text.</summary>
    public string French { get; }

    /// <summary>The English text.</summary>
    public string English { get; }

    /// <summary>The text in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The French or English text.</returns>
    public string In(Language language) => language == Language.English ? English : French;

    /// <summary>The text in the language of a culture (<see cref="Languages.FromCulture"/>).</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The French or English text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string In(System.Globalization.CultureInfo culture) => In(Languages.FromCulture(culture));

    /// <inheritdoc />
    public bool Equals(LocalizedText? other) =>
        other is not null && string.Equals(French, other.French, StringComparison.Ordinal) && string.Equals(English, other.English, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(French) ^ (StringComparer.Ordinal.GetHashCode(English) * 31);

    /// <summary>The French text.</summary>
    /// <returns>The French text.</returns>
    public override string ToString() => French;

    private static string CheckText(string text, string paramName)
    {
        Preconditions.CheckNotNull(text, paramName);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("The text must not be blank.", paramName);
        }

        return text;
    }
}
