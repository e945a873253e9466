using System;
using System.Globalization;

namespace ClustersTic.Identifiers;

/// <summary>
/// A SIREN: the nine-digit number that identifies a French company in the INSEE Sirene register.
/// </summary>
/// <remarks>
/// <para>A valid SIREN has exactly nine ASCII digits, is not all zeros and passes the Luhn checksum.
/// Spaces, no-break spaces (U+00A0) and narrow no-break spaces (U+202F) are ignored anywhere in the
/// input; any other character (tab, hyphen, dot, full-width digit) makes it invalid.</para>
/// <para>Formats: <c>"G"</c> (or null, empty) gives the nine digits (<c>552100554</c>); <c>"S"</c> gives
/// the usual spaced display (<c>552 100 554</c>).</para>
/// <para>The <c>default</c> value is not a valid SIREN (it formats as nine zeros); obtain values through
/// <see cref="Parse(string)"/> or <see cref="TryParse(string?, out Siren)"/>.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct Siren : IEquatable<Siren>, IComparable<Siren>, IComparable, IFormattable
{
    /// <summary>The number of digits of a SIREN.</summary>
    public const int Length = 9;

    private const string Kind = "SIREN";
    private const string Expectation = "a SIREN has 9 digits, is not all zeros and passes the Luhn check";

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
    public FrenchVatNumber ToVatNumber() => FrenchVatNumber.FromSiren(this);

    /// <summary>The nine digits (<c>552100554</c>).</summary>
    /// <returns>The canonical form.</returns>
    public override string ToString() => _value.ToString("D9", CultureInfo.InvariantCulture);

    /// <summary>Formats the SIREN: <c>"G"</c>, null or empty for the nine digits, <c>"S"</c> for
    /// <c>552 100 554</c>.</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored: the digits are culture-invariant.</param>
    /// <returns>The formatted SIREN.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" => ToString(),
        "S" => ToString().Insert(6, " ").Insert(3, " "),
        _ => throw IdentifierDigits.UnknownFormat(format, Kind, "\"G\" or \"S\""),
    };

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
