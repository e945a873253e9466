using System.Text;

namespace ClustersTic.Internal;

/// <summary>
/// French typography for the library's own French texts (docs/typography.md): a no-break space (U+00A0) before
/// a colon; a narrow no-break space (U+202F) before <c>; ! ? %</c> and inside <c>« »</c>; the typographic
/// apostrophe (U+2019). Applied once to each text of the finding and label tables, when they are built.
/// </summary>
internal static class FrenchTypography
{
    public const char NoBreakSpace = '\u00A0';
    public const char NarrowNoBreakSpace = '\u202F';

    /// <summary>The text with French spacing and apostrophes. A plain space before <c>: ; ! ? » %</c> or after
    /// <c>«</c> becomes the right no-break space; one is added where there is none — except for a colon between two
    /// characters (<c>https://</c>, <c>14:30</c>), which is not punctuation. What stands between
    /// guillemets — a placeholder, or a value quoted from the input — is kept as it is.</summary>
    public static string Apply(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\'':
                    builder.Append('\u2019');
                    break;
                case ':' when i > 0 && i + 1 < text.Length && !char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i + 1]):
                    // Between two characters, a colon is not punctuation: an address (https://…), a time, an id.
                    builder.Append(c);
                    break;
                case ':':
                    SpaceBefore(builder, NoBreakSpace);
                    builder.Append(c);
                    break;
                case ';' or '!' or '?' or '»' or '%':
                    SpaceBefore(builder, NarrowNoBreakSpace);
                    builder.Append(c);
                    break;
                case '«':
                    builder.Append(c).Append(NarrowNoBreakSpace);
                    while (i + 1 < text.Length && text[i + 1] == ' ')
                    {
                        i++;
                    }

                    // What is quoted is copied as it is (a value from the input keeps its own apostrophes and
                    // colons); only the spacing before the closing guillemet is set.
                    int close = text.IndexOf('»', i + 1);
                    if (close > i)
                    {
                        builder.Append(text, i + 1, close - i - 1);
                        i = close - 1;
                    }

                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static void SpaceBefore(StringBuilder builder, char space)
    {
        int end = builder.Length;
        while (end > 0 && builder[end - 1] is ' ' or NoBreakSpace or NarrowNoBreakSpace)
        {
            end--;
        }

        builder.Length = end;
        builder.Append(space);
    }
}
