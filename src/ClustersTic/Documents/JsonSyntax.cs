using System;
using System.Globalization;
using System.Text;

namespace ClustersTic.Documents;

/// <summary>
/// Says where and why a document is not well-formed JSON, in the library's own words: a 1-based line and column
/// (in characters) and a short reason, never the text of System.Text.Json's exceptions.
/// </summary>
internal static class JsonSyntax
{
    /// <summary>True when the text holds nothing but JSON white space (space, tab, line feed, carriage return).</summary>
    public static bool IsBlank(byte[] utf8, int length)
    {
        for (int i = 0; i < length; i++)
        {
            if (utf8[i] is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The byte offset of the first byte that is not part of a valid UTF-8 sequence (overlong forms,
    /// surrogates and code points past U+10FFFF are invalid), or -1 when the text is valid UTF-8.</summary>
    public static int FirstInvalidUtf8(byte[] utf8, int length)
    {
        int i = 0;
        while (i < length)
        {
            byte b = utf8[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            int count;
            int min;
            int codePoint;
            if ((b & 0xE0) == 0xC0)
            {
                count = 1;
                min = 0x80;
                codePoint = b & 0x1F;
            }
            else if ((b & 0xF0) == 0xE0)
            {
                count = 2;
                min = 0x800;
                codePoint = b & 0x0F;
            }
            else if ((b & 0xF8) == 0xF0)
            {
                count = 3;
                min = 0x10000;
                codePoint = b & 0x07;
            }
            else
            {
                return i;
            }

            for (int k = 1; k <= count; k++)
            {
                if (i + k >= length || (utf8[i + k] & 0xC0) != 0x80)
                {
                    return i;
                }

                codePoint = (codePoint << 6) | (utf8[i + k] & 0x3F);
            }

            if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            {
                return i;
            }

            i += count + 1;
        }

        return -1;
    }

    /// <summary>The byte offset of a position given as a 0-based line (counted by line feeds) and a 0-based byte
    /// position in that line, as System.Text.Json reports them.</summary>
    public static int Offset(byte[] utf8, int length, long line, long bytePositionInLine)
    {
        int offset = 0;
        for (long l = 0; l < line && offset < length; offset++)
        {
            if (utf8[offset] == (byte)'\n')
            {
                l++;
            }
        }

        return (int)Math.Min(length, offset + bytePositionInLine);
    }

    /// <summary>Where a syntax error reported at <paramref name="offset"/> is: System.Text.Json reports a control
    /// character inside a string at the byte after it.</summary>
    public static int ErrorOffset(byte[] utf8, int length, int offset) =>
        offset > 0 && offset <= length && utf8[offset - 1] < 0x20 && InsideString(utf8, offset - 1) ? offset - 1 : offset;

    /// <summary>The 1-based line and column (in characters) of a byte offset.</summary>
    public static (int Line, int Column) Locate(byte[] utf8, int length, int offset)
    {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((utf8[i] & 0xC0) != 0x80)
            {
                column++; // a character starts here (continuation bytes are not counted)
            }
        }

        return (line, column);
    }

    /// <summary>Why the text is not well-formed JSON at <paramref name="offset"/>.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="length">Its length in bytes.</param>
    /// <param name="offset">Where the error is.</param>
    /// <param name="tooDeep">The reader was at the depth limit.</param>
    /// <param name="afterValue">The document's value was complete: more text follows it.</param>
    public static (string French, string English) Describe(byte[] utf8, int length, int offset, bool tooDeep, bool afterValue)
    {
        if (tooDeep)
        {
            return (
                string.Format(CultureInfo.InvariantCulture, "Le document a plus de {0} niveaux d'imbrication.", DocumentLimits.MaxDepth),
                string.Format(CultureInfo.InvariantCulture, "The document is nested deeper than {0} levels.", DocumentLimits.MaxDepth));
        }

        if (afterValue)
        {
            return ("Un document ne contient qu'une valeur JSON ; du texte la suit.", "Only one JSON value is allowed in a document; more text follows it.");
        }

        if (offset < length && utf8[offset] < 0x20 && InsideString(utf8, offset))
        {
            return (
                string.Format(CultureInfo.InvariantCulture, "Une chaîne contient le caractère de contrôle U+{0:X4}, qui doit être échappé (une tabulation s'écrit \\t, un saut de ligne \\n).", (int)utf8[offset]),
                string.Format(CultureInfo.InvariantCulture, "A string holds the control character U+{0:X4}, which must be escaped (a tab as \\t, a line break as \\n).", (int)utf8[offset]));
        }

        int at = offset;
        while (at < length && utf8[at] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            at++;
        }

        if (at >= length)
        {
            return ("Le document s'arrête avant la fin de sa valeur JSON : une accolade, un crochet ou un guillemet n'est pas fermé.", "The document ends before its JSON value is complete: a brace, a bracket or a quote is not closed.");
        }

        byte b = utf8[at];
        if (b is (byte)'}' or (byte)']' && PreviousSignificant(utf8, at) == (byte)',')
        {
            return ("Une virgule n'est suivie d'aucun membre ni élément (une virgule finale n'est pas permise).", "A comma is followed by no member or item (a trailing comma is not allowed).");
        }

        if (b == (byte)'/')
        {
            return ("Les commentaires ne sont pas permis en JSON.", "Comments are not allowed in JSON.");
        }

        if (b == (byte)'\'')
        {
            return ("Les chaînes s'écrivent entre guillemets doubles, pas entre apostrophes.", "Strings must be written in double quotes, not single quotes.");
        }

        if (StartsWith(utf8, length, at, "NaN") || StartsWith(utf8, length, at, "Infinity") || StartsWith(utf8, length, at, "-Infinity"))
        {
            return ("NaN et Infinity ne sont pas des nombres JSON.", "NaN and Infinity are not JSON numbers.");
        }

        if (b < 0x20)
        {
            return (
                string.Format(CultureInfo.InvariantCulture, "Le caractère de contrôle U+{0:X4} n'est pas permis ici ; dans une chaîne, une tabulation ou un saut de ligne s'écrit \\t ou \\n.", (int)b),
                string.Format(CultureInfo.InvariantCulture, "The control character U+{0:X4} is not allowed here; inside a string, a tab or a line break must be written as \\t or \\n.", (int)b));
        }

        string character = CharacterAt(utf8, length, at);
        return (
            "Caractère inattendu « " + character + " » : une valeur, une virgule, un deux-points, une accolade ou un crochet fermant était attendu ici.",
            "Unexpected character '" + character + "': a value, a comma, a colon or a closing brace or bracket was expected here.");
    }

    /// <summary>True when the byte at <paramref name="at"/> is inside a string, counting the unescaped quotes
    /// before it.</summary>
    public static bool InsideString(byte[] utf8, int at)
    {
        bool inside = false;
        for (int i = 0; i < at; i++)
        {
            if (utf8[i] == (byte)'\\' && inside)
            {
                i++;
            }
            else if (utf8[i] == (byte)'"')
            {
                inside = !inside;
            }
        }

        return inside;
    }

    private static byte PreviousSignificant(byte[] utf8, int at)
    {
        for (int i = at - 1; i >= 0; i--)
        {
            if (utf8[i] is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                return utf8[i];
            }
        }

        return 0;
    }

    private static bool StartsWith(byte[] utf8, int length, int at, string ascii)
    {
        if (at + ascii.Length > length)
        {
            return false;
        }

        for (int i = 0; i < ascii.Length; i++)
        {
            if (utf8[at + i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }

    private static string CharacterAt(byte[] utf8, int length, int at)
    {
        int end = at + 1;
        while (end < length && end - at < 4 && (utf8[end] & 0xC0) == 0x80)
        {
            end++;
        }

        return Encoding.UTF8.GetString(utf8, at, end - at);
    }
}
