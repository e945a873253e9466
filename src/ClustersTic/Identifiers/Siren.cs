using System;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace ClustersTic.Identifiers;

/// <summary>
/// A SIREN: the nine-digit number that identifies a French company in the INSEE Sirene register.
/// </summary>
/// <remarks>
/// <para>A valid SIREN has exactly nine ASCII digits, is not all zeros and passes the Luhn checksum.
/// Spaces, no-break spaces (U+00A0) and narrow no-break spaces (U+202F) are ignored anywhere in the
/// input; any other character (tab, hyphen, dot, full-width digit) makes it invalid.</para>
/// <para>Formats: <c>"G"</c> (or null, empty) gives the nine digits (<c>552100554</c>); <c>"S"</c> gives
/// the usual spaced display (<c>552 100 554</c>). Any other format throws <see cref="FormatException"/>.</para>
/// <para>The <c>default</c> value is not a SIREN (nine zeros are never valid): it formats as an empty string,
/// compares before every SIREN, is refused by the JSON converter and by <see cref="ToVatNumber"/>; use a
/// nullable <c>Siren?</c> for "not given". Obtain values through <see cref="Parse(string)"/> or
/// <see cref="TryParse(string?, out Siren)"/>.</para>
/// <para>JSON (<see cref="SirenJsonConverter"/>, applied by the type itself): a string of nine digits, leading
/// zeros kept, also as a dictionary key. <see cref="TypeConverter"/>: from and to the nine digits.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(SirenJsonConverter))]
[TypeConverter(typeof(SirenTypeConverter))]
public readonly struct Siren : IEquatable<Siren>, IComparable<Siren>, IComparable, IFormattable, IIdentifierText
#if NET8_0_OR_GREATER
    , ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<Siren>
#endif
{
    /// <summary>The number of digits of a SIREN.</summary>
    public const int Length = 9;

    internal const string Kind = "SIREN";
    internal const string Expectation = "a SIREN has 9 digits, is not all zeros and passes the Luhn check";

    private readonly int _value;

    private Siren(int value) => _value = value;

    /// <summary>The SIREN as a number (0 to 999,999,999); leading zeros are not shown by this value.</summary>
    public int Value => _value;

    /// <summary>Parses a SIREN.</summary>
    /// <param name="text">The text to parse; spaces, U+00A0 and U+202F are ignored.</param>
    /// <returns>The SIREN.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid SIREN; the message says why
    /// (character, length, all zeros, checksum).</exception>
    public static Siren Parse(string text)
    {
        Internal.Preconditions.CheckNotNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses a SIREN.</summary>
    /// <param name="text">The text to parse; spaces, U+00A0 and U+202F are ignored.</param>
    /// <returns>The SIREN.</returns>
    /// <exception cref="FormatException">The text is not a valid SIREN; the message says why.</exception>
    public static Siren Parse(ReadOnlySpan<char> text)
    {
        ParseError error = TryParseCore(text, out Siren result);
        return error.Failure == IdentifierParseFailure.None ? result : throw error.ToException(Kind, text, Expectation);
    }

    /// <summary>Tries to parse a SIREN.</summary>
    /// <param name="text">The text to parse, possibly null.</param>
    /// <param name="result">The SIREN when the text is valid; otherwise <c>default</c>.</param>
    /// <returns>True when the text is a valid SIREN.</returns>
    public static bool TryParse(string? text, out Siren result) => TryParse(text.AsSpan(), out result);

    /// <summary>Tries to parse a SIREN.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The SIREN when the text is valid; otherwise <c>default</c>.</param>
    /// <returns>True when the text is a valid SIREN.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Siren result) =>
        TryParseCore(text, out result).Failure == IdentifierParseFailure.None;

    /// <summary>Tries to parse a SIREN and says why it failed.</summary>
    /// <param name="text">The text to parse, possibly null.</param>
    /// <param name="result">The SIREN when the text is valid; otherwise <c>default</c>.</param>
    /// <param name="failure">Why the text is not valid, or <see cref="IdentifierParseFailure.None"/>.</param>
    /// <returns>True when the text is a valid SIREN.</returns>
    public static bool TryParse(string? text, out Siren result, out IdentifierParseFailure failure)
    {
        failure = TryParseCore(text.AsSpan(), out result).Failure;
        return failure == IdentifierParseFailure.None;
    }

    internal static ParseError TryParseCore(ReadOnlySpan<char> text, out Siren result)
    {
        if (IdentifierDigits.TryReadNumber(text, Length, 0, out long value, out int luhnSum, out _))
        {
            result = value != 0 && luhnSum % 10 == 0 ? new Siren((int)value) : default;
            return value == 0 ? ParseError.Of(IdentifierParseFailure.AllZeros)
                : luhnSum % 10 == 0 ? ParseError.None
                : ParseError.Of(IdentifierParseFailure.Checksum);
        }

        return TryParseDetailed(text, out result);
    }

    /// <summary>The step-by-step reading, which names the exact failure (and the offending character).</summary>
    internal static ParseError TryParseDetailed(ReadOnlySpan<char> text, out Siren result)
    {
        result = default;
        Span<byte> digits = stackalloc byte[Length];
        ParseError error = IdentifierDigits.Read(text, digits);
        if (error.Failure != IdentifierParseFailure.None)
        {
            return error;
        }

        error = Check(digits);
        if (error.Failure == IdentifierParseFailure.None)
        {
            result = new Siren((int)IdentifierDigits.ToNumber(digits));
        }

        return error;
    }

    /// <summary>Checks nine digits as a SIREN (not all zeros, Luhn).</summary>
    internal static ParseError Check(ReadOnlySpan<byte> digits)
    {
        if (IdentifierDigits.AllZeros(digits))
        {
            return ParseError.Of(IdentifierParseFailure.AllZeros);
        }

        return IdentifierDigits.PassesLuhn(digits) ? ParseError.None : ParseError.Of(IdentifierParseFailure.Checksum);
    }

    /// <summary>Builds a SIREN from a number already checked by the caller.</summary>
    internal static Siren FromCheckedValue(int value) => new(value);

    /// <summary>The French intra-community VAT number derived from this SIREN.</summary>
    /// <returns>The VAT number <c>FR</c> + key + SIREN.</returns>
    /// <exception cref="InvalidOperationException">This is the <c>default</c> value, not a SIREN.</exception>
    public FrenchVatNumber ToVatNumber() => _value != 0
        ? FrenchVatNumber.FromSiren(this)
        : throw new InvalidOperationException("default(Siren) is not a SIREN and has no VAT number.");

    /// <summary>The nine digits (<c>552100554</c>); empty for the <c>default</c> value.</summary>
    /// <returns>The canonical form.</returns>
    public override string ToString() => IdentifierText.ToString(this, 'G');

    /// <summary>Formats the SIREN: <c>"G"</c>, null or empty for the nine digits, <c>"S"</c> for
    /// <c>552 100 554</c>.</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored: the digits are culture-invariant.</param>
    /// <returns>The formatted SIREN.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => IdentifierText.ToString(this, Code(format.AsSpan()));

    /// <summary>Formats the SIREN into a span of characters, without allocating.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format"><c>"G"</c> (or empty) or <c>"S"</c>.</param>
    /// <param name="provider">Ignored: the digits are culture-invariant.</param>
    /// <returns>False when <paramref name="destination"/> is too short (nothing written).</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierText.TryFormat(this, Code(format), destination, out charsWritten);

    /// <summary>Formats the SIREN as UTF-8 into a span of bytes, without allocating.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <param name="format"><c>"G"</c> (or empty) or <c>"S"</c>.</param>
    /// <param name="provider">Ignored: the digits are culture-invariant.</param>
    /// <returns>False when <paramref name="utf8Destination"/> is too short (nothing written).</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierText.TryFormat(this, Code(format), utf8Destination, out bytesWritten);

#if NET8_0_OR_GREATER
    // The IParsable / ISpanParsable members, explicit: the provider is ignored, and public overloads taking one
    // would make every call of Parse(string) look culture-dependent to code analysis (CA1305).
    static Siren IParsable<Siren>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Siren>.TryParse(string? s, IFormatProvider? provider, out Siren result) => TryParse(s, out result);

    static Siren ISpanParsable<Siren>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<Siren>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Siren result) => TryParse(s, out result);
#endif

    int IIdentifierText.Format(Span<char> destination, char code)
    {
        if (_value == 0)
        {
            return 0;
        }

        int length = IdentifierText.WriteDigits(_value, Length, destination);
        return code == 'S' ? IdentifierText.Space(destination, length, 3, 6) : length;
    }

    private static char Code(ReadOnlySpan<char> format) => IdentifierText.Code(format, Kind, "GS");

    /// <summary>Compares by value.</summary>
    /// <param name="other">The other SIREN.</param>
    /// <returns>True when both are the same number.</returns>
    public bool Equals(Siren other) => _value == other._value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Siren other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value;

    /// <summary>Orders SIRENs by number.</summary>
    /// <param name="other">The other SIREN.</param>
    /// <returns>Negative, zero or positive as this SIREN sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(Siren other) => _value.CompareTo(other._value);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="Siren"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Siren other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a Siren.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Siren left, Siren right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Siren left, Siren right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Siren left, Siren right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts first or is equal.</returns>
    public static bool operator <=(Siren left, Siren right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Siren left, Siren right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts last or is equal.</returns>
    public static bool operator >=(Siren left, Siren right) => left.CompareTo(right) >= 0;

    /// <summary>The key a SIREN given as text is matched by (member lists, signatures, data sets): the text
    /// without its ignorable spaces (reading 1), so that <c>732 829 320</c> and <c>732829320</c> are the same
    /// company; null when the SIREN is not given (null or blank, reading 31).</summary>
    internal static string? Key(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = new System.Text.StringBuilder(text!.Length);
        foreach (char c in text)
        {
            if (!IdentifierDigits.IsIgnorableSpace(c))
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }
}

/// <summary>Reads and writes a <see cref="Siren"/> as a JSON string of its canonical text (see
/// <see cref="IdentifierJsonConverter{T}"/>). Applied by <see cref="Siren"/> itself.</summary>
public sealed class SirenJsonConverter() : IdentifierJsonConverter<Siren>(Siren.TryParseCore, IdentifierText.FormatCanonical, Siren.Kind, Siren.Expectation);

/// <summary>Converts a <see cref="Siren"/> from and to its nine digits.</summary>
internal sealed class SirenTypeConverter() : IdentifierTypeConverter<Siren>(Siren.TryParseCore, Siren.Kind, Siren.Expectation);
