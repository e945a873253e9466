using System;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace ClustersTic.Identifiers;

/// <summary>
/// A company identified by one value that may be a SIREN or a SIRET — the single "SIREN/SIRET" column of a CRM
/// export. Nine digits are read as a SIREN, fourteen as a SIRET (whose first nine digits are the SIREN).
/// </summary>
/// <remarks>
/// <para>Input follows the identifiers' rules (reading 1): spaces, U+00A0 and U+202F are ignored anywhere; any
/// other character — a dot, a hyphen, a tab — makes the value invalid, with that reason
/// (<see cref="IdentifierParseFailure.InvalidCharacter"/>). A value with neither nine nor fourteen digits is
/// <see cref="IdentifierParseFailure.WrongLength"/>; otherwise the SIREN or SIRET rules decide.</para>
/// <para>Formats: <c>"G"</c> (or null, empty) gives the digits of what was given (nine or fourteen); <c>"S"</c>
/// groups them (<c>732 829 320</c>, <c>732 829 320 00074</c>). Two identifiers are equal when they hold the same
/// SIREN and the same SIRET (or both none).</para>
/// <para>The <c>default</c> value is not an identifier: it formats as an empty string. JSON
/// (<see cref="CompanyIdentifierJsonConverter"/>): a string. This type is immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(CompanyIdentifierJsonConverter))]
[TypeConverter(typeof(CompanyIdentifierTypeConverter))]
public readonly struct CompanyIdentifier : IEquatable<CompanyIdentifier>, IComparable<CompanyIdentifier>, IComparable, IFormattable, IIdentifierText
#if NET8_0_OR_GREATER
    , ISpanFormattable, ISpanParsable<CompanyIdentifier>
#endif
{
    internal const string Kind = "SIREN or SIRET";
    internal const string Expectation = "a SIREN has 9 digits and a SIRET 14, each passing its check";

    private readonly Siren _siren;
    private readonly Siret? _siret;

    private CompanyIdentifier(Siren siren, Siret? siret)
    {
        _siren = siren;
        _siret = siret;
    }

    /// <summary>The company's SIREN: the value itself, or the first nine digits of the SIRET.</summary>
    public Siren Siren => _siren;

    /// <summary>The SIRET when the value was one; otherwise null.</summary>
    public Siret? Siret => _siret;

    /// <summary>True when the value was a SIRET.</summary>
    public bool IsSiret => _siret.HasValue;

    /// <summary>Parses a SIREN or a SIRET.</summary>
    /// <param name="text">The text; spaces, U+00A0 and U+202F are ignored.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is neither a valid SIREN nor a valid SIRET; the message says why.</exception>
    public static CompanyIdentifier Parse(string text)
    {
        Internal.Preconditions.CheckNotNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses a SIREN or a SIRET.</summary>
    /// <param name="text">The text; spaces, U+00A0 and U+202F are ignored.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is neither a valid SIREN nor a valid SIRET; the message says why.</exception>
    public static CompanyIdentifier Parse(ReadOnlySpan<char> text)
    {
        ParseError error = TryParseCore(text, out CompanyIdentifier result);
        return error.Failure == IdentifierParseFailure.None ? result : throw error.ToException(Kind, text, Expectation);
    }

    /// <summary>Tries to parse a SIREN or a SIRET.</summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="result">The identifier when the text is valid; otherwise <c>default</c>.</param>
    /// <returns>True when the text is a valid SIREN or SIRET.</returns>
    public static bool TryParse(string? text, out CompanyIdentifier result) => TryParseCore(text.AsSpan(), out result).Failure == IdentifierParseFailure.None;

    /// <summary>Tries to parse a SIREN or a SIRET, and says why it failed.</summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="result">The identifier when the text is valid; otherwise <c>default</c>.</param>
    /// <param name="failure">Why the text is not valid, or <see cref="IdentifierParseFailure.None"/>.</param>
    /// <returns>True when the text is a valid SIREN or SIRET.</returns>
    public static bool TryParse(string? text, out CompanyIdentifier result, out IdentifierParseFailure failure)
    {
        failure = TryParseCore(text.AsSpan(), out result).Failure;
        return failure == IdentifierParseFailure.None;
    }

    /// <summary>How many ASCII digits the text holds once its ignorable spaces are removed, or -1 when it holds
    /// another character (which the SIREN rules then report with its position).</summary>
    internal static int CountDigits(ReadOnlySpan<char> text)
    {
        int digits = 0;
        foreach (char c in text)
        {
            if (c >= '0' && c <= '9')
            {
                digits++;
            }
            else if (!IdentifierDigits.IsIgnorableSpace(c))
            {
                return -1;
            }
        }

        return digits;
    }

    internal static ParseError TryParseCore(ReadOnlySpan<char> text, out CompanyIdentifier result)
    {
        result = default;
        if (CountDigits(text) == Identifiers.Siret.Length)
        {
            ParseError siretError = Identifiers.Siret.TryParseCore(text, out Siret siret);
            if (siretError.Failure == IdentifierParseFailure.None)
            {
                result = new CompanyIdentifier(siret.Siren, siret);
            }

            return siretError;
        }

        // Nine digits, another count, or a character that is not allowed: the SIREN rules say which.
        ParseError error = Identifiers.Siren.TryParseCore(text, out Siren siren);
        if (error.Failure == IdentifierParseFailure.None)
        {
            result = new CompanyIdentifier(siren, null);
        }

        return error;
    }

    /// <summary>The digits of what was given (nine or fourteen); empty for the <c>default</c> value.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => IdentifierText.ToString(this, 'G');

    /// <summary>Formats the identifier: <c>"G"</c>, null or empty for the digits, <c>"S"</c> grouped.</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored: the text is culture-invariant.</param>
    /// <returns>The text; empty for the <c>default</c> value.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => IdentifierText.ToString(this, Code(format.AsSpan()));

    /// <summary>Formats the identifier into a span of characters, without allocating.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format"><c>"G"</c>, null or empty for the digits, <c>"S"</c> grouped.</param>
    /// <param name="provider">Ignored: the text is culture-invariant.</param>
    /// <returns>False when <paramref name="destination"/> is too short (nothing written).</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierText.TryFormat(this, Code(format), destination, out charsWritten);

#if NET8_0_OR_GREATER
    static CompanyIdentifier IParsable<CompanyIdentifier>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<CompanyIdentifier>.TryParse(string? s, IFormatProvider? provider, out CompanyIdentifier result) => TryParse(s, out result);

    static CompanyIdentifier ISpanParsable<CompanyIdentifier>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<CompanyIdentifier>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CompanyIdentifier result) =>
        TryParseCore(s, out result).Failure == IdentifierParseFailure.None;
#endif

    int IIdentifierText.Format(Span<char> destination, char code) =>
        _siret is Siret siret ? ((IIdentifierText)siret).Format(destination, code) : ((IIdentifierText)_siren).Format(destination, code);

    private static char Code(ReadOnlySpan<char> format) => IdentifierText.Code(format, Kind, "GS");

    /// <summary>Compares the SIREN and the SIRET.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns>True when both are equal.</returns>
    public bool Equals(CompanyIdentifier other) => _siren == other._siren && _siret == other._siret;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CompanyIdentifier other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _siret?.GetHashCode() ?? _siren.GetHashCode();

    /// <summary>Orders by SIREN, a SIREN alone before its SIRETs, then by SIRET.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns>Negative, zero or positive as this identifier sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(CompanyIdentifier other)
    {
        int c = _siren.CompareTo(other._siren);
        if (c != 0 || _siret == other._siret)
        {
            return c;
        }

        return _siret is not Siret mine ? -1 : other._siret is not Siret theirs ? 1 : mine.CompareTo(theirs);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="CompanyIdentifier"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        CompanyIdentifier other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a CompanyIdentifier.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(CompanyIdentifier left, CompanyIdentifier right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(CompanyIdentifier left, CompanyIdentifier right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(CompanyIdentifier left, CompanyIdentifier right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts first or is equal.</returns>
    public static bool operator <=(CompanyIdentifier left, CompanyIdentifier right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(CompanyIdentifier left, CompanyIdentifier right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts last or is equal.</returns>
    public static bool operator >=(CompanyIdentifier left, CompanyIdentifier right) => left.CompareTo(right) >= 0;
}

/// <summary>Reads and writes a <see cref="CompanyIdentifier"/> as a JSON string of its digits (see
/// <see cref="IdentifierJsonConverter{T}"/>). Applied by <see cref="CompanyIdentifier"/> itself.</summary>
public sealed class CompanyIdentifierJsonConverter() : IdentifierJsonConverter<CompanyIdentifier>(CompanyIdentifier.TryParseCore, IdentifierText.FormatCanonical, CompanyIdentifier.Kind, CompanyIdentifier.Expectation);

/// <summary>Converts a <see cref="CompanyIdentifier"/> from and to its text.</summary>
internal sealed class CompanyIdentifierTypeConverter() : IdentifierTypeConverter<CompanyIdentifier>(CompanyIdentifier.TryParseCore, CompanyIdentifier.Kind, CompanyIdentifier.Expectation);
