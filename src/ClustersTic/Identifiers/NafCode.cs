using System;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace ClustersTic.Identifiers;

/// <summary>
/// A NAF activity code (sub-class), in NAF rév. 2 (<c>62.01Z</c>) or NAF 2025 (<c>62.10Y</c>).
/// </summary>
/// <remarks>
/// <para>Accepted input: after trimming white space, four ASCII digits and a letter, written
/// <c>NN.NNL</c> or <c>NNNNL</c>; the letter is case-insensitive. Nothing else is accepted; a NAF rév. 1 code
/// (<c>72.2Z</c>, <c>722A</c>) is refused with <see cref="IdentifierParseFailure.FormerNomenclature"/>.</para>
/// <para>Parsing checks the shape only: whether the code exists in its nomenclature is <see cref="Exists"/>
/// (<see cref="NafNomenclatures"/>: the official lists, with titles).</para>
/// <para>Nomenclature: <see cref="Parse(string, NafNomenclature)"/> takes it from the record (records say
/// which nomenclature a code is in). <see cref="Parse(string)"/> infers it: a code ending in <c>Y</c> is
/// NAF 2025, any other letter is read as rév. 2.</para>
/// <para>Formats: <c>"G"</c> (or null, empty) gives <c>62.01Z</c>; <c>"C"</c> (compact) gives <c>6201Z</c>.
/// Two codes are equal when they have the same digits, letter and nomenclature.</para>
/// <para>The <c>default</c> value is not a code: it formats as an empty string and is refused by the JSON
/// converter. Use a nullable <c>NafCode?</c> for "not given".</para>
/// <para>JSON (<see cref="NafCodeJsonConverter"/>, applied by the type itself): a string (<c>62.01Z</c>; read as <see cref="Parse(string)"/> reads it, the nomenclature inferred from the letter), also as a
/// dictionary key. <see cref="TypeConverter"/>: from and to the same text.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(NafCodeJsonConverter))]
[TypeConverter(typeof(NafCodeTypeConverter))]
public readonly struct NafCode : IEquatable<NafCode>, IComparable<NafCode>, IComparable, IFormattable, IIdentifierText
#if NET8_0_OR_GREATER
    , ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<NafCode>
#endif
{
    internal const string Kind = "NAF code";
    internal const string Expectation = "a NAF code is written NN.NNL or NNNNL (four digits and a letter)";

    /// <summary>True when the code exists in its nomenclature (<see cref="NafNomenclatures.Exists(NafCode)"/>):
    /// parsing checks the shape only, so <c>99.99Z</c> parses and does not exist.</summary>
    public bool Exists => NafNomenclatures.Exists(this);

    private readonly short _digits;
    private readonly char _letter;
    private readonly NafNomenclature _nomenclature;

    private NafCode(short digits, char letter, NafNomenclature nomenclature)
    {
        _digits = digits;
        _letter = letter;
        _nomenclature = nomenclature;
    }

    /// <summary>The nomenclature the code belongs to.</summary>
    public NafNomenclature Nomenclature => _nomenclature;

    /// <summary>The division: the first two digits (<c>62</c> for <c>62.01Z</c>).</summary>
    public int Division => _digits / 100;

    /// <summary>The four digits as a number (<c>6201</c> for <c>62.01Z</c>).</summary>
    public int Digits => _digits;

    /// <summary>The sub-class letter, upper case (<c>Z</c> for <c>62.01Z</c>).</summary>
    public char Letter => _letter;

    /// <summary>Parses a NAF code, inferring its nomenclature from its letter (<c>Y</c>: NAF 2025; other: rév. 2).</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is neither <c>NN.NNL</c> nor <c>NNNNL</c>.</exception>
    public static NafCode Parse(string text)
    {
        Internal.Preconditions.CheckNotNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses a NAF code, inferring its nomenclature from its letter (<c>Y</c>: NAF 2025; other: rév. 2).</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is neither <c>NN.NNL</c> nor <c>NNNNL</c>.</exception>
    public static NafCode Parse(ReadOnlySpan<char> text)
    {
        ParseError error = TryParseCore(text, null, out NafCode result);
        return error.Failure == IdentifierParseFailure.None ? result : throw error.ToException(Kind, text, Expectation);
    }

    /// <summary>Parses a NAF code of a given nomenclature.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="nomenclature">The nomenclature the record says the code is in.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nomenclature"/> is not a defined value.</exception>
    /// <exception cref="FormatException">The text is neither <c>NN.NNL</c> nor <c>NNNNL</c>.</exception>
    public static NafCode Parse(string text, NafNomenclature nomenclature)
    {
        Internal.Preconditions.CheckNotNull(text);
        CheckNomenclature(nomenclature);
        ParseError error = TryParseCore(text.AsSpan(), nomenclature, out NafCode result);
        return error.Failure == IdentifierParseFailure.None ? result : throw error.ToException(Kind, text.AsSpan(), Expectation);
    }

    /// <summary>Tries to parse a NAF code, inferring its nomenclature from its letter.</summary>
    /// <param name="text">The text to parse, possibly null.</param>
    /// <param name="result">The code when the text is valid; otherwise <c>default</c>.</param>
    /// <returns>True when the text is a well-formed NAF code.</returns>
    public static bool TryParse(string? text, out NafCode result) => TryParse(text.AsSpan(), out result);

    /// <summary>Tries to parse a NAF code, inferring its nomenclature from its letter.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The code when the text is valid; otherwise <c>default</c>.</param>
    /// <returns>True when the text is a well-formed NAF code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out NafCode result) =>
        TryParseCore(text, null, out result).Failure == IdentifierParseFailure.None;

    /// <summary>Tries to parse a NAF code, inferring its nomenclature from its letter, and says why it failed.</summary>
    /// <param name="text">The text to parse, possibly null.</param>
    /// <param name="result">The code when the text is valid; otherwise <c>default</c>.</param>
    /// <param name="failure">Why the text is not a NAF code (<see cref="IdentifierParseFailure.FormerNomenclature"/>
    /// for a NAF rév. 1 code), or <see cref="IdentifierParseFailure.None"/>.</param>
    /// <returns>True when the text is a well-formed NAF code (whether it exists is
    /// <see cref="NafNomenclatures.Exists(NafCode)"/>).</returns>
    public static bool TryParse(string? text, out NafCode result, out IdentifierParseFailure failure)
    {
        failure = TryParseCore(text.AsSpan(), null, out result).Failure;
        return failure == IdentifierParseFailure.None;
    }

    /// <summary>Tries to parse a NAF code of a given nomenclature.</summary>
    /// <param name="text">The text to parse, possibly null.</param>
    /// <param name="nomenclature">The nomenclature the record says the code is in.</param>
    /// <param name="result">The code when the text is valid; otherwise <c>default</c>.</param>
    /// <returns>True when the text is a well-formed NAF code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nomenclature"/> is not a defined value.</exception>
    public static bool TryParse(string? text, NafNomenclature nomenclature, out NafCode result)
    {
        CheckNomenclature(nomenclature);
        return TryParseCore(text.AsSpan(), nomenclature, out result).Failure == IdentifierParseFailure.None;
    }

    /// <summary>Reads a code as <see cref="Parse(string)"/> does, the nomenclature inferred from its letter.</summary>
    internal static ParseError TryParseInferred(ReadOnlySpan<char> text, out NafCode result) => TryParseCore(text, null, out result);

    internal static ParseError TryParseCore(ReadOnlySpan<char> text, NafNomenclature? nomenclature, out NafCode result)
    {
        result = default;
        ReadOnlySpan<char> s = Trim(text);
        if (s.IsEmpty)
        {
            return ParseError.Of(IdentifierParseFailure.Empty);
        }

        if (IsRev1Shape(s))
        {
            return ParseError.Of(IdentifierParseFailure.FormerNomenclature);
        }

        bool dotted = s.Length == 6;
        if (!dotted && s.Length != 5)
        {
            return ParseError.Of(IdentifierParseFailure.UnknownForm);
        }

        int value = 0;
        int letterIndex = s.Length - 1;
        for (int i = 0; i < letterIndex; i++)
        {
            char c = s[i];
            if (dotted && i == 2)
            {
                if (c != '.')
                {
                    return ParseError.Of(IdentifierParseFailure.UnknownForm);
                }

                continue;
            }

            if (c < '0' || c > '9')
            {
                return ParseError.Of(IdentifierParseFailure.UnknownForm);
            }

            value = (value * 10) + (c - '0');
        }

        char letter = s[letterIndex];
        if (letter >= 'a' && letter <= 'z')
        {
            letter = (char)(letter - 'a' + 'A');
        }

        if (letter < 'A' || letter > 'Z')
        {
            return ParseError.Of(IdentifierParseFailure.UnknownForm);
        }

        NafNomenclature inferred = letter == 'Y' ? NafNomenclature.Naf2025 : NafNomenclature.Rev2;
        result = new NafCode((short)value, letter, nomenclature ?? inferred);
        return ParseError.None;
    }

    /// <summary>A NAF rév. 1 code: <c>NN.NL</c> or <c>NNNL</c> (three digits and a letter).</summary>
    private static bool IsRev1Shape(ReadOnlySpan<char> s)
    {
        bool dotted = s.Length == 5;
        if (!dotted && s.Length != 4)
        {
            return false;
        }

        for (int i = 0; i < s.Length - 1; i++)
        {
            bool ok = dotted && i == 2 ? s[i] == '.' : s[i] >= '0' && s[i] <= '9';
            if (!ok)
            {
                return false;
            }
        }

        char letter = s[s.Length - 1];
        return (letter >= 'A' && letter <= 'Z') || (letter >= 'a' && letter <= 'z');
    }

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        int start = 0;
        int end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text.Slice(start, end - start);
    }

    private static void CheckNomenclature(NafNomenclature nomenclature)
    {
        if (nomenclature is not (NafNomenclature.Rev2 or NafNomenclature.Naf2025))
        {
            throw new ArgumentOutOfRangeException(nameof(nomenclature), nomenclature, "Unknown NAF nomenclature.");
        }
    }

    /// <summary>True when the dotted form of this code starts with <paramref name="prefix"/>
    /// (a division <c>62</c>, a group <c>26.1</c>, a class <c>63.91</c> or a whole code).</summary>
    /// <param name="prefix">The prefix, in dotted form.</param>
    /// <returns>True when the code falls under the prefix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is null.</exception>
    public bool StartsWith(string prefix)
    {
        Internal.Preconditions.CheckNotNull(prefix);
        return MatchesPrefix(prefix);
    }

    /// <summary>True when the dotted form starts with <paramref name="prefix"/>, compared character by
    /// character without building the dotted text.</summary>
    internal bool MatchesPrefix(string prefix)
    {
        if (prefix.Length > 6)
        {
            return false;
        }

        for (int i = 0; i < prefix.Length; i++)
        {
            char c = i switch
            {
                0 => (char)('0' + (_digits / 1000)),
                1 => (char)('0' + (_digits / 100 % 10)),
                2 => '.',
                3 => (char)('0' + (_digits / 10 % 10)),
                4 => (char)('0' + (_digits % 10)),
                _ => _letter,
            };
            if (c != prefix[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The canonical form (format <c>"G"</c>); empty for the <c>default</c> value.</summary>
    /// <returns>The canonical form.</returns>
    public override string ToString() => IdentifierText.ToString(this, 'G');

    /// <summary>Formats the NafCode: <c>"G"</c>, null or empty for <c>62.01Z</c>, <c>"C"</c> (compact) for <c>6201Z</c>; the nomenclature is not part of the text.</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored: the text is culture-invariant.</param>
    /// <returns>The formatted text; empty for the <c>default</c> value.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => IdentifierText.ToString(this, Code(format.AsSpan()));

    /// <summary>Formats the NafCode into a span of characters, without allocating.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format"><c>"G"</c>, null or empty for <c>62.01Z</c>, <c>"C"</c> (compact) for <c>6201Z</c>; the nomenclature is not part of the text.</param>
    /// <param name="provider">Ignored: the text is culture-invariant.</param>
    /// <returns>False when <paramref name="destination"/> is too short (nothing written).</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierText.TryFormat(this, Code(format), destination, out charsWritten);

    /// <summary>Formats the NafCode as UTF-8 into a span of bytes, without allocating.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <param name="format"><c>"G"</c>, null or empty for <c>62.01Z</c>, <c>"C"</c> (compact) for <c>6201Z</c>; the nomenclature is not part of the text.</param>
    /// <param name="provider">Ignored: the text is culture-invariant.</param>
    /// <returns>False when <paramref name="utf8Destination"/> is too short (nothing written).</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierText.TryFormat(this, Code(format), utf8Destination, out bytesWritten);

#if NET8_0_OR_GREATER
    // The IParsable / ISpanParsable members, explicit: the provider is ignored, and public overloads taking one
    // would make every call of Parse(string) look culture-dependent to code analysis (CA1305).
    static NafCode IParsable<NafCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<NafCode>.TryParse(string? s, IFormatProvider? provider, out NafCode result) => TryParse(s, out result);

    static NafCode ISpanParsable<NafCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<NafCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out NafCode result) => TryParse(s, out result);
#endif

    int IIdentifierText.Format(Span<char> destination, char code)
    {
        if (_letter == '\0')
        {
            return 0;
        }

        int length = IdentifierText.WriteDigits(_digits, 4, destination);
        if (code == 'G')
        {
            destination[4] = destination[3];
            destination[3] = destination[2];
            destination[2] = '.';
            length++;
        }

        destination[length] = _letter;
        return length + 1;
    }

    private static char Code(ReadOnlySpan<char> format) => IdentifierText.Code(format, Kind, "GC");

    /// <summary>Compares digits, letter and nomenclature.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>True when all three are equal.</returns>
    public bool Equals(NafCode other) =>
        _digits == other._digits && _letter == other._letter && _nomenclature == other._nomenclature;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NafCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (_digits << 16) ^ (_letter << 1) ^ (int)_nomenclature;

    /// <summary>Orders codes by nomenclature (rév. 2 first), then digits, then letter.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(NafCode other)
    {
        int c = _nomenclature.CompareTo(other._nomenclature);
        if (c != 0)
        {
            return c;
        }

        c = _digits.CompareTo(other._digits);
        return c != 0 ? c : _letter.CompareTo(other._letter);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="NafCode"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        NafCode other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a NafCode.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(NafCode left, NafCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(NafCode left, NafCode right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(NafCode left, NafCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts first or is equal.</returns>
    public static bool operator <=(NafCode left, NafCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(NafCode left, NafCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts last or is equal.</returns>
    public static bool operator >=(NafCode left, NafCode right) => left.CompareTo(right) >= 0;
}

/// <summary>Reads and writes a <see cref="NafCode"/> as a JSON string of its canonical text (see
/// <see cref="IdentifierJsonConverter{T}"/>). Applied by <see cref="NafCode"/> itself.</summary>
public sealed class NafCodeJsonConverter() : IdentifierJsonConverter<NafCode>(NafCode.TryParseInferred, IdentifierText.FormatCanonical, NafCode.Kind, NafCode.Expectation);

/// <summary>Converts a <see cref="NafCode"/> from and to its text.</summary>
internal sealed class NafCodeTypeConverter() : IdentifierTypeConverter<NafCode>(NafCode.TryParseInferred, NafCode.Kind, NafCode.Expectation);
