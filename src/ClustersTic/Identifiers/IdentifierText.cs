using System;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace ClustersTic.Identifiers;

/// <summary>Reads one identifier from text, saying why it failed (the identifiers' internal parse).</summary>
internal delegate ParseError IdentifierParser<T>(ReadOnlySpan<char> text, out T result);

/// <summary>Formats an identifier's canonical text into a span; returns the length (0 for <c>default</c>).</summary>
internal delegate int IdentifierFormatter<T>(in T value, Span<char> destination);

/// <summary>What the identifier types share for formatting: one method writing the text of a format code.</summary>
internal interface IIdentifierText
{
    /// <summary>Writes the identifier in the format <paramref name="code"/> (already checked) into
    /// <paramref name="destination"/>, at least <see cref="IdentifierText.MaxLength"/> long; returns the number of
    /// characters written, 0 for the <c>default</c> value.</summary>
    int Format(Span<char> destination, char code);
}

/// <summary>Formatting, JSON and type conversion shared by the four identifier types.</summary>
internal static class IdentifierText
{
    /// <summary>The longest text of any identifier in any format (<c>FR 44 732 829 320</c>: 17).</summary>
    public const int MaxLength = 20;

    /// <summary>The longest text read from JSON or a type converter before parsing (longer is rejected).</summary>
    private const int MaxInput = 64;

    /// <summary>Checks a format string and returns its code: <c>G</c> for null or empty.</summary>
    public static char Code(ReadOnlySpan<char> format, string kind, string codes)
    {
        if (format.IsEmpty)
        {
            return 'G';
        }

        if (format.Length == 1 && codes.AsSpan().IndexOf(format[0]) >= 0)
        {
            return format[0];
        }

        throw IdentifierDigits.UnknownFormat(format.ToString(), kind, "\"" + string.Join("\" or \"", codes.ToCharArray()) + "\"");
    }

    /// <summary>Writes <paramref name="value"/> as <paramref name="length"/> digits, leading zeros kept.</summary>
    public static int WriteDigits(long value, int length, Span<char> destination)
    {
        for (int i = length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (int)(value % 10));
            value /= 10;
        }

        return length;
    }

    /// <summary>Inserts a space after the digits at the given counts (0: none), in place; returns the new
    /// length. <c>Space("552100554", 9, 3, 6)</c> gives <c>552 100 554</c>.</summary>
    public static int Space(Span<char> text, int length, int first, int second, int third = 0)
    {
        int spaces = third > 0 ? 3 : 2;
        int to = length + spaces - 1;
        for (int from = length - 1; from >= 0; from--)
        {
            text[to--] = text[from];
            if (from == first || from == second || (third > 0 && from == third))
            {
                text[to--] = ' ';
            }
        }

        return length + spaces;
    }

    public static string ToString<T>(in T value, char code)
        where T : struct, IIdentifierText
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return buffer.Slice(0, value.Format(buffer, code)).ToString();
    }

    public static bool TryFormat<T>(in T value, char code, Span<char> destination, out int charsWritten)
        where T : struct, IIdentifierText
    {
        Span<char> buffer = stackalloc char[MaxLength];
        int length = value.Format(buffer, code);
        if (length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        buffer.Slice(0, length).CopyTo(destination);
        charsWritten = length;
        return true;
    }

    public static bool TryFormat<T>(in T value, char code, Span<byte> utf8Destination, out int bytesWritten)
        where T : struct, IIdentifierText
    {
        Span<char> buffer = stackalloc char[MaxLength];
        int length = value.Format(buffer, code);
        if (length > utf8Destination.Length)
        {
            bytesWritten = 0;
            return false;
        }

        // Every character of an identifier's text is ASCII: one byte each.
        for (int i = 0; i < length; i++)
        {
            utf8Destination[i] = (byte)buffer[i];
        }

        bytesWritten = length;
        return true;
    }

    /// <summary>Reads an identifier written as a JSON string (a value or a property name).</summary>
    /// <exception cref="JsonException">The token is not a string, or the text is not a valid identifier.</exception>
    public static T ReadJson<T>(ref Utf8JsonReader reader, IdentifierParser<T> parse, string kind, string expectation)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new JsonException($"A {kind} is written as a JSON string (its leading zeros kept), not as {Describe(reader.TokenType)}.");
        }

        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxInput * 6)
        {
            throw new JsonException($"The text is too long to be a {kind} ({length} bytes).");
        }

        Span<char> text = stackalloc char[MaxInput * 6];
        text = text.Slice(0, reader.CopyString(text));
        ParseError error = parse(text, out T result);
        return error.Failure == IdentifierParseFailure.None ? result : throw new JsonException(error.ToException(kind, text, expectation).Message);
    }

    /// <summary>The canonical text (format <c>G</c>), for the JSON converters.</summary>
    public static int FormatCanonical<T>(in T value, Span<char> destination)
        where T : struct, IIdentifierText => value.Format(destination, 'G');

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.Null => "null",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => token.ToString(),
    };
}

/// <summary>Converts an identifier from and to its text (<see cref="TypeDescriptor"/>: property grids, model
/// binders, configuration binding).</summary>
/// <typeparam name="T">The identifier type.</typeparam>
internal abstract class IdentifierTypeConverter<T> : TypeConverter
    where T : struct, IIdentifierText
{
    private readonly IdentifierParser<T> _parse;
    private readonly string _kind;
    private readonly string _expectation;

    protected IdentifierTypeConverter(IdentifierParser<T> parse, string kind, string expectation)
    {
        _parse = parse;
        _kind = kind;
        _expectation = expectation;
    }

    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType) =>
        destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

    /// <exception cref="FormatException">The text is not a valid identifier; the message says why.</exception>
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
    {
        if (value is string text)
        {
            ParseError error = _parse(text.AsSpan(), out T result);
            return error.Failure == IdentifierParseFailure.None ? result : throw error.ToException(_kind, text.AsSpan(), _expectation);
        }

        return base.ConvertFrom(context, culture, value);
    }

    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
        destinationType == typeof(string) && value is T identifier
            ? IdentifierText.ToString(identifier, 'G')
            : base.ConvertTo(context, culture, value, destinationType);
}
