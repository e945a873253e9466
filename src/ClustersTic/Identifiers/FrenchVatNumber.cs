using System;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace ClustersTic.Identifiers;

/// <summary>
/// A French intra-community VAT number: <c>FR</c>, a two-digit key, then the company's SIREN
/// (<c>FR44732829320</c>).
/// </summary>
/// <remarks>
/// <para>The key is <c>(12 + 3 × (SIREN mod 97)) mod 97</c>, written with two digits. A VAT number is
/// derived from a <see cref="Siren"/> with <see cref="FromSiren"/> (or <see cref="Siren.ToVatNumber"/>), or
/// parsed and checked: the prefix <c>FR</c> (letters in either case), eleven ASCII digits, a valid SIREN,
/// and the key matching it. Spaces, U+00A0 and U+202F are ignored anywhere.</para>
/// <para>Formats: <c>"G"</c> (or null, empty) gives <c>FR44732829320</c>; <c>"S"</c> gives
/// <c>FR 44 732 829 320</c>.</para>
/// <para>The <c>default</c> value is not a VAT number: it formats as an empty string, compares before every VAT
/// number and is refused by the JSON converter. Use a nullable <c>FrenchVatNumber?</c> for "not given".</para>
/// <para>JSON (<see cref="FrenchVatNumberJsonConverter"/>, applied by the type itself): a string (<c>FR</c>, the key and the SIREN, without spaces), also as a
/// dictionary key. <see cref="TypeConverter"/>: from and to the same text.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(FrenchVatNumberJsonConverter))]
[TypeConverter(typeof(FrenchVatNumberTypeConverter))]
public readonly struct FrenchVatNumber : IEquatable<FrenchVatNumber>, IComparable<FrenchVatNumber>, IComparable, IFormattable, IIdentifierText
#if NET8_0_OR_GREATER
    , ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<FrenchVatNumber>
#endif
{
    internal const string Kind = "French VAT number";
    internal const string Expectation =
        "a French VAT number is FR, a two-digit key and a valid SIREN, the key being (12 + 3 × (SIREN mod 97)) mod 97";

    private const int DigitCount = 11;

    private readonly Siren _siren;

    private FrenchVatNumber(Siren siren) => _siren = siren;

    /// <summary>The company's SIREN.</summary>
    public Siren Siren => _siren;

    /// <summary>The key, 0 to 96.</summary>
    public int Key => ComputeKey(_siren.Value);

    /// <summary>The VAT number of a company.</summary>
    /// <param name="siren">The company's SIREN.</param>
    /// <returns>The VAT number <c>FR</c> + key + SIREN.</returns>
    /// <exception cref="ArgumentException"><paramref name="siren"/> is <c>default</c>, not a SIREN.</exception>
    public static FrenchVatNumber FromSiren(Siren siren) => siren.Value != 0
        ? new(siren)
        : throw new ArgumentException("default(Siren) is not a SIREN and has no VAT number.", nameof(siren));

    /// <summary>Parses and checks a French VAT number.</summary>
    /// <param name="text">The text to parse; spaces, U+00A0 and U+202F are ignored.</param>
    /// <returns>The VAT number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid French VAT number; the message says why
    /// (prefix, character, length, SIREN, key).</exception>
    public static FrenchVatNumber Parse(string text)
    {
        Internal.Preconditions.CheckNotNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses and checks a French VAT number.</summary>
    /// <param name="text">The text to parse; spaces, U+00A0 and U+202F are ignored.</param>
    /// <returns>The VAT number.</returns>
    /// <exception cref="FormatException">The text is not a valid French VAT number; the message says why.</exception>
    public static FrenchVatNumber Parse(ReadOnlySpan<char> text)
    {
        ParseError error = TryParseCore(text, out FrenchVatNumber result);
        return error.Failure == IdentifierParseFailure.None ? result : throw error.ToException(Kind, text, Expectation);
    }

    /// <summary>Tries to parse and check a French VAT number.</summary>
    /// <param name="text">The text to parse, possibly null.</param>
    /// <param name="result">The VAT number when the text is valid; otherwise <c>default</c>.</param>
    /// <returns>True when the text is a valid French VAT number.</returns>
    public static bool TryParse(string? text, out FrenchVatNumber result) => TryParse(text.AsSpan(), out result);

    /// <summary>Tries to parse and check a French VAT number.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The VAT number when the text is valid; otherwise <c>default</c>.</param>
    /// <returns>True when the text is a valid French VAT number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out FrenchVatNumber result) =>
        TryParseCore(text, out result).Failure == IdentifierParseFailure.None;

    /// <summary>Tries to parse a French VAT number and says why it failed.</summary>
    /// <param name="text">The text to parse, possibly null.</param>
    /// <param name="result">The VAT number when the text is valid; otherwise <c>default</c>.</param>
    /// <param name="failure">Why the text is not valid, or <see cref="IdentifierParseFailure.None"/>.</param>
    /// <returns>True when the text is a valid French VAT number.</returns>
    public static bool TryParse(string? text, out FrenchVatNumber result, out IdentifierParseFailure failure)
    {
        failure = TryParseCore(text.AsSpan(), out result).Failure;
        return failure == IdentifierParseFailure.None;
    }

    internal static ParseError TryParseCore(ReadOnlySpan<char> text, out FrenchVatNumber result)
    {
        result = default;
        int start = 0;
        int letters = 0;
        while (start < text.Length && letters < 2)
        {
            char c = text[start];
            if (!IdentifierDigits.IsIgnorableSpace(c))
            {
                char expected = letters == 0 ? 'F' : 'R';
                if (c != expected && c != char.ToLowerInvariant(expected))
                {
                    return letters == 0 && c >= '0' && c <= '9'
                        ? ParseError.Of(IdentifierParseFailure.UnknownForm)
                        : ParseError.InvalidCharacter(start, c);
                }

                letters++;
            }

            start++;
        }

        if (letters < 2)
        {
            return ParseError.Of(letters == 0 ? IdentifierParseFailure.Empty : IdentifierParseFailure.UnknownForm);
        }

        Span<byte> digits = stackalloc byte[DigitCount];
        ParseError error = IdentifierDigits.Read(text.Slice(start), digits);
        if (error.Failure == IdentifierParseFailure.InvalidCharacter)
        {
            return ParseError.InvalidCharacter(error.Position + start, error.Character);
        }

        if (error.Failure == IdentifierParseFailure.Empty)
        {
            return ParseError.WrongLength(0);
        }

        if (error.Failure != IdentifierParseFailure.None)
        {
            return error;
        }

        ReadOnlySpan<byte> sirenDigits = digits.Slice(2);
        if (Siren.Check(sirenDigits).Failure != IdentifierParseFailure.None)
        {
            return ParseError.Of(IdentifierParseFailure.InvalidSiren);
        }

        int siren = (int)IdentifierDigits.ToNumber(sirenDigits);
        int key = (digits[0] * 10) + digits[1];
        if (key != ComputeKey(siren))
        {
            return ParseError.Of(IdentifierParseFailure.Checksum);
        }

        result = new FrenchVatNumber(Siren.FromCheckedValue(siren));
        return ParseError.None;
    }

    private static int ComputeKey(int siren) => (12 + (3 * (siren % 97))) % 97;

    /// <summary>The canonical form (format <c>"G"</c>); empty for the <c>default</c> value.</summary>
    /// <returns>The canonical form.</returns>
    public override string ToString() => IdentifierText.ToString(this, 'G');

    /// <summary>Formats the FrenchVatNumber: <c>"G"</c>, null or empty for <c>FR44732829320</c>, <c>"S"</c> for <c>FR 44 732 829 320</c>.</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored: the text is culture-invariant.</param>
    /// <returns>The formatted text; empty for the <c>default</c> value.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => IdentifierText.ToString(this, Code(format.AsSpan()));

    /// <summary>Formats the FrenchVatNumber into a span of characters, without allocating.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format"><c>"G"</c>, null or empty for <c>FR44732829320</c>, <c>"S"</c> for <c>FR 44 732 829 320</c>.</param>
    /// <param name="provider">Ignored: the text is culture-invariant.</param>
    /// <returns>False when <paramref name="destination"/> is too short (nothing written).</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierText.TryFormat(this, Code(format), destination, out charsWritten);

    /// <summary>Formats the FrenchVatNumber as UTF-8 into a span of bytes, without allocating.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <param name="format"><c>"G"</c>, null or empty for <c>FR44732829320</c>, <c>"S"</c> for <c>FR 44 732 829 320</c>.</param>
    /// <param name="provider">Ignored: the text is culture-invariant.</param>
    /// <returns>False when <paramref name="utf8Destination"/> is too short (nothing written).</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierText.TryFormat(this, Code(format), utf8Destination, out bytesWritten);

#if NET8_0_OR_GREATER
    // The IParsable / ISpanParsable members, explicit: the provider is ignored, and public overloads taking one
    // would make every call of Parse(string) look culture-dependent to code analysis (CA1305).
    static FrenchVatNumber IParsable<FrenchVatNumber>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<FrenchVatNumber>.TryParse(string? s, IFormatProvider? provider, out FrenchVatNumber result) => TryParse(s, out result);

    static FrenchVatNumber ISpanParsable<FrenchVatNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<FrenchVatNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out FrenchVatNumber result) => TryParse(s, out result);
#endif

    int IIdentifierText.Format(Span<char> destination, char code)
    {
        if (_siren.Value == 0)
        {
            return 0;
        }

        destination[0] = 'F';
        destination[1] = 'R';
        if (code == 'S')
        {
            destination[2] = ' ';
            IdentifierText.WriteDigits(Key, 2, destination.Slice(3));
            destination[5] = ' ';
            int digits = IdentifierText.WriteDigits(_siren.Value, Siren.Length, destination.Slice(6));
            return 6 + IdentifierText.Space(destination.Slice(6), digits, 3, 6);
        }

        IdentifierText.WriteDigits(Key, 2, destination.Slice(2));
        return 4 + IdentifierText.WriteDigits(_siren.Value, Siren.Length, destination.Slice(4));
    }

    private static char Code(ReadOnlySpan<char> format) => IdentifierText.Code(format, Kind, "GS");

    /// <summary>Compares by value.</summary>
    /// <param name="other">The other VAT number.</param>
    /// <returns>True when both are for the same SIREN.</returns>
    public bool Equals(FrenchVatNumber other) => _siren == other._siren;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FrenchVatNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _siren.GetHashCode();

    /// <summary>Orders VAT numbers by SIREN.</summary>
    /// <param name="other">The other VAT number.</param>
    /// <returns>Negative, zero or positive as this one sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(FrenchVatNumber other) => _siren.CompareTo(other._siren);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="FrenchVatNumber"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        FrenchVatNumber other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a FrenchVatNumber.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(FrenchVatNumber left, FrenchVatNumber right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(FrenchVatNumber left, FrenchVatNumber right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(FrenchVatNumber left, FrenchVatNumber right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts first or is equal.</returns>
    public static bool operator <=(FrenchVatNumber left, FrenchVatNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(FrenchVatNumber left, FrenchVatNumber right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts last or is equal.</returns>
    public static bool operator >=(FrenchVatNumber left, FrenchVatNumber right) => left.CompareTo(right) >= 0;
}

/// <summary>Reads and writes a <see cref="FrenchVatNumber"/> as a JSON string of its canonical text (see
/// <see cref="IdentifierJsonConverter{T}"/>). Applied by <see cref="FrenchVatNumber"/> itself.</summary>
public sealed class FrenchVatNumberJsonConverter() : IdentifierJsonConverter<FrenchVatNumber>(FrenchVatNumber.TryParseCore, IdentifierText.FormatCanonical, FrenchVatNumber.Kind, FrenchVatNumber.Expectation);

/// <summary>Converts a <see cref="FrenchVatNumber"/> from and to its text.</summary>
internal sealed class FrenchVatNumberTypeConverter() : IdentifierTypeConverter<FrenchVatNumber>(FrenchVatNumber.TryParseCore, FrenchVatNumber.Kind, FrenchVatNumber.Expectation);
