using System;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace ClustersTic.Identifiers;

/// <summary>
/// A SIRET: the fourteen-digit number of a French establishment, made of its company's
/// <see cref="Identifiers.Siren"/> (nine digits) and a five-digit NIC.
/// </summary>
/// <remarks>
/// <para>A valid SIRET has exactly fourteen ASCII digits, is not all zeros, its first nine digits are a
/// valid SIREN, and it passes the Luhn checksum. Exception: for La Poste (SIREN 356000000) a SIRET is
/// valid when it passes Luhn <em>or</em> its digit sum is a multiple of 5 (e.g. 35600000049837).
/// Spaces, U+00A0 and U+202F are ignored anywhere in the input.</para>
/// <para>Formats: <c>"G"</c> (or null, empty) gives the fourteen digits; <c>"S"</c> gives
/// <c>732 829 320 00074</c>.</para>
/// <para>The <c>default</c> value is not a SIRET (fourteen zeros are never valid): it formats as an empty string,
/// compares before every SIRET and is refused by the JSON converter; its <see cref="Siren"/> is <c>default(Siren)</c>. Use a
/// nullable <c>Siret?</c> for "not given".</para>
/// <para>JSON (<see cref="SiretJsonConverter"/>, applied by the type itself): a string (fourteen digits, leading zeros kept), also as a
/// dictionary key. <see cref="TypeConverter"/>: from and to the same text.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(SiretJsonConverter))]
[TypeConverter(typeof(SiretTypeConverter))]
public readonly struct Siret : IEquatable<Siret>, IComparable<Siret>, IComparable, IFormattable, IIdentifierText
#if NET8_0_OR_GREATER
    , ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<Siret>
#endif
{
    /// <summary>The number of digits of a SIRET.</summary>
    public const int Length = 14;

    /// <summary>The SIREN of La Poste, whose establishments follow a different check rule.</summary>
    internal const int LaPosteSiren = 356000000;

    internal const string Kind = "SIRET";
    internal const string Expectation =
        "a SIRET has 14 digits, starts with a valid SIREN and passes the Luhn check (La Poste: digit sum multiple of 5)";

    private const long NicModulus = 100_000;

    private readonly long _value;

    private Siret(long value) => _value = value;

    /// <summary>The SIREN of the company the establishment belongs to (the first nine digits).</summary>
    public Siren Siren => Siren.FromCheckedValue((int)(_value / NicModulus));

    /// <summary>The NIC (internal classification number): the last five digits, as a number 0–99,999.</summary>
    public int Nic => (int)(_value % NicModulus);

    /// <summary>The SIRET as a number; leading zeros are not shown by this value.</summary>
    public long Value => _value;

    /// <summary>Parses a SIRET.</summary>
    /// <param name="text">The text to parse; spaces, U+00A0 and U+202F are ignored.</param>
    /// <returns>The SIRET.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid SIRET; the message says why.</exception>
    public static Siret Parse(string text)
    {
        Internal.Preconditions.CheckNotNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses a SIRET.</summary>
    /// <param name="text">The text to parse; spaces, U+00A0 and U+202F are ignored.</param>
    /// <returns>The SIRET.</returns>
    /// <exception cref="FormatException">The text is not a valid SIRET; the message says why.</exception>
    public static Siret Parse(ReadOnlySpan<char> text)
    {
        ParseError error = TryParseCore(text, out Siret result);
        return error.Failure == IdentifierParseFailure.None ? result : throw error.ToException(Kind, text, Expectation);
    }

    /// <summary>Tries to parse a SIRET.</summary>
    /// <param name="text">The text to parse, possibly null.</param>
    /// <param name="result">The SIRET when the text is valid; otherwise <c>default</c>.</param>
    /// <returns>True when the text is a valid SIRET.</returns>
    public static bool TryParse(string? text, out Siret result) => TryParse(text.AsSpan(), out result);

    /// <summary>Tries to parse a SIRET.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The SIRET when the text is valid; otherwise <c>default</c>.</param>
    /// <returns>True when the text is a valid SIRET.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Siret result) =>
        TryParseCore(text, out result).Failure == IdentifierParseFailure.None;

    /// <summary>Tries to parse a SIRET and says why it failed.</summary>
    /// <param name="text">The text to parse, possibly null.</param>
    /// <param name="result">The SIRET when the text is valid; otherwise <c>default</c>.</param>
    /// <param name="failure">Why the text is not valid, or <see cref="IdentifierParseFailure.None"/>.</param>
    /// <returns>True when the text is a valid SIRET.</returns>
    public static bool TryParse(string? text, out Siret result, out IdentifierParseFailure failure)
    {
        failure = TryParseCore(text.AsSpan(), out result).Failure;
        return failure == IdentifierParseFailure.None;
    }

    internal static ParseError TryParseCore(ReadOnlySpan<char> text, out Siret result)
    {
        result = default;
        if (!IdentifierDigits.TryReadNumber(text, Length, Length - Siren.Length, out long value, out int luhnSum, out int sirenLuhnSum))
        {
            return TryParseDetailed(text, out result);
        }

        long siren = value / 100_000;
        if (value == 0)
        {
            return ParseError.Of(IdentifierParseFailure.AllZeros);
        }

        if (siren == 0 || sirenLuhnSum % 10 != 0)
        {
            return ParseError.Of(IdentifierParseFailure.InvalidSiren);
        }

        if (luhnSum % 10 != 0 && !(siren == LaPosteSiren && DigitSum(value) % 5 == 0))
        {
            return ParseError.Of(IdentifierParseFailure.Checksum);
        }

        result = new Siret(value);
        return ParseError.None;
    }

    private static int DigitSum(long value)
    {
        int sum = 0;
        for (; value > 0; value /= 10)
        {
            sum += (int)(value % 10);
        }

        return sum;
    }

    /// <summary>The step-by-step reading, which names the exact failure (and the offending character).</summary>
    internal static ParseError TryParseDetailed(ReadOnlySpan<char> text, out Siret result)
    {
        result = default;
        Span<byte> digits = stackalloc byte[Length];
        ParseError error = IdentifierDigits.Read(text, digits);
        if (error.Failure != IdentifierParseFailure.None)
        {
            return error;
        }

        if (IdentifierDigits.AllZeros(digits))
        {
            return ParseError.Of(IdentifierParseFailure.AllZeros);
        }

        ReadOnlySpan<byte> sirenDigits = digits.Slice(0, Siren.Length);
        if (Siren.Check(sirenDigits).Failure != IdentifierParseFailure.None)
        {
            return ParseError.Of(IdentifierParseFailure.InvalidSiren);
        }

        bool valid = IdentifierDigits.PassesLuhn(digits)
            || (IdentifierDigits.ToNumber(sirenDigits) == LaPosteSiren && IdentifierDigits.DigitSum(digits) % 5 == 0);
        if (!valid)
        {
            return ParseError.Of(IdentifierParseFailure.Checksum);
        }

        result = new Siret(IdentifierDigits.ToNumber(digits));
        return ParseError.None;
    }

    /// <summary>True when this establishment belongs to <paramref name="siren"/>.</summary>
    /// <param name="siren">The company's SIREN.</param>
    /// <returns>True when the first nine digits are <paramref name="siren"/>.</returns>
    public bool BelongsTo(Siren siren) => Siren == siren;

    /// <summary>The canonical form (format <c>"G"</c>); empty for the <c>default</c> value.</summary>
    /// <returns>The canonical form.</returns>
    public override string ToString() => IdentifierText.ToString(this, 'G');

    /// <summary>Formats the Siret: <c>"G"</c>, null or empty for the fourteen digits, <c>"S"</c> for <c>732 829 320 00074</c>.</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored: the text is culture-invariant.</param>
    /// <returns>The formatted text; empty for the <c>default</c> value.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => IdentifierText.ToString(this, Code(format.AsSpan()));

    /// <summary>Formats the Siret into a span of characters, without allocating.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format"><c>"G"</c>, null or empty for the fourteen digits, <c>"S"</c> for <c>732 829 320 00074</c>.</param>
    /// <param name="provider">Ignored: the text is culture-invariant.</param>
    /// <returns>False when <paramref name="destination"/> is too short (nothing written).</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierText.TryFormat(this, Code(format), destination, out charsWritten);

    /// <summary>Formats the Siret as UTF-8 into a span of bytes, without allocating.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <param name="format"><c>"G"</c>, null or empty for the fourteen digits, <c>"S"</c> for <c>732 829 320 00074</c>.</param>
    /// <param name="provider">Ignored: the text is culture-invariant.</param>
    /// <returns>False when <paramref name="utf8Destination"/> is too short (nothing written).</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierText.TryFormat(this, Code(format), utf8Destination, out bytesWritten);

#if NET8_0_OR_GREATER
    // The IParsable / ISpanParsable members, explicit: the provider is ignored, and public overloads taking one
    // would make every call of Parse(string) look culture-dependent to code analysis (CA1305).
    static Siret IParsable<Siret>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Siret>.TryParse(string? s, IFormatProvider? provider, out Siret result) => TryParse(s, out result);

    static Siret ISpanParsable<Siret>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<Siret>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Siret result) => TryParse(s, out result);
#endif

    int IIdentifierText.Format(Span<char> destination, char code)
    {
        if (_value == 0)
        {
            return 0;
        }

        int length = IdentifierText.WriteDigits(_value, Length, destination);
        return code == 'S' ? IdentifierText.Space(destination, length, 3, 6, 9) : length;
    }

    private static char Code(ReadOnlySpan<char> format) => IdentifierText.Code(format, Kind, "GS");

    /// <summary>Compares by value.</summary>
    /// <param name="other">The other SIRET.</param>
    /// <returns>True when both are the same number.</returns>
    public bool Equals(Siret other) => _value == other._value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Siret other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Orders SIRETs by number (so by SIREN, then NIC).</summary>
    /// <param name="other">The other SIRET.</param>
    /// <returns>Negative, zero or positive as this SIRET sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(Siret other) => _value.CompareTo(other._value);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="Siret"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Siret other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a Siret.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Siret left, Siret right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Siret left, Siret right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Siret left, Siret right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts first or is equal.</returns>
    public static bool operator <=(Siret left, Siret right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Siret left, Siret right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts last or is equal.</returns>
    public static bool operator >=(Siret left, Siret right) => left.CompareTo(right) >= 0;
}

/// <summary>Reads and writes a <see cref="Siret"/> as a JSON string of its canonical text (see
/// <see cref="IdentifierJsonConverter{T}"/>). Applied by <see cref="Siret"/> itself.</summary>
public sealed class SiretJsonConverter() : IdentifierJsonConverter<Siret>(Siret.TryParseCore, IdentifierText.FormatCanonical, Siret.Kind, Siret.Expectation);

/// <summary>Converts a <see cref="Siret"/> from and to its text.</summary>
internal sealed class SiretTypeConverter() : IdentifierTypeConverter<Siret>(Siret.TryParseCore, Siret.Kind, Siret.Expectation);
