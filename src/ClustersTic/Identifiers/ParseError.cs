using System;
using System.Globalization;

namespace ClustersTic.Identifiers;

/// <summary>The details of a failed parse: the kind of failure and where it happened.</summary>
internal readonly struct ParseError
{
    private ParseError(IdentifierParseFailure failure, int position, char character, int digitCount)
    {
        Failure = failure;
        Position = position;
        Character = character;
        DigitCount = digitCount;
    }

    public IdentifierParseFailure Failure { get; }

    /// <summary>Zero-based index of the offending character, or -1.</summary>
    public int Position { get; }

    public char Character { get; }

    public int DigitCount { get; }

    public static ParseError None => default;

    public static ParseError Of(IdentifierParseFailure failure) => new(failure, -1, '\0', 0);

    public static ParseError InvalidCharacter(int position, char character) =>
        new(IdentifierParseFailure.InvalidCharacter, position, character, 0);

    public static ParseError WrongLength(int digitCount) => new(IdentifierParseFailure.WrongLength, -1, '\0', digitCount);

    /// <summary>Builds the exception thrown by <c>Parse</c>, in English (exceptions are for developers;
    /// user-facing text is in the message catalogue).</summary>
    public FormatException ToException(string kind, ReadOnlySpan<char> text, string expectation)
    {
        const int MaxShown = 64;
        string shown = text.Length > MaxShown ? text.Slice(0, MaxShown).ToString() + "…" : text.ToString();
        string reason = Failure switch
        {
            IdentifierParseFailure.Empty => "it is empty",
            IdentifierParseFailure.InvalidCharacter => string.Format(
                CultureInfo.InvariantCulture,
                "it holds the character '{0}' (U+{1:X4}) at position {2}, where only ASCII digits and spaces are allowed",
                Character,
                (int)Character,
                Position),
            IdentifierParseFailure.WrongLength => string.Format(CultureInfo.InvariantCulture, "it has {0} digits", DigitCount),
            IdentifierParseFailure.AllZeros => "it is all zeros",
            IdentifierParseFailure.Checksum => "its check digits are wrong",
            IdentifierParseFailure.InvalidSiren => "the SIREN it contains is not valid",
            IdentifierParseFailure.UnknownForm => "it has an unknown form",
            IdentifierParseFailure.FormerNomenclature => "it is a code of the former nomenclature (NAF rev. 1), to be recoded in NAF rev. 2 or NAF 2025",
            _ => "it is not valid",
        };
        return new FormatException(string.Format(
            CultureInfo.InvariantCulture,
            "'{0}' is not a valid {1}: {2}; {3}.",
            shown,
            kind,
            reason,
            expectation));
    }
}

/// <summary>Digit handling shared by the numeric identifiers (SIREN, SIRET, VAT number).</summary>
internal static class IdentifierDigits
{
    /// <summary>True for the characters ignored anywhere in a number: space, U+00A0 and U+202F.</summary>
    public static bool IsIgnorableSpace(char c) => c == ' ' || c == '\u00A0' || c == '\u202F';

    /// <summary>Reads the ASCII digits of <paramref name="text"/> into <paramref name="digits"/> (values 0–9),
    /// skipping ignorable spaces. Fails on any other character, or when the count differs from
    /// <paramref name="digits"/>' length.</summary>
    public static ParseError Read(ReadOnlySpan<char> text, Span<byte> digits)
    {
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsIgnorableSpace(c))
            {
                continue;
            }

            if (c < '0' || c > '9')
            {
                return ParseError.InvalidCharacter(i, c);
            }

            if (count < digits.Length)
            {
                digits[count] = (byte)(c - '0');
            }

            count++;
        }

        if (count == 0)
        {
            return ParseError.Of(IdentifierParseFailure.Empty);
        }

        return count == digits.Length ? ParseError.None : ParseError.WrongLength(count);
    }

    /// <summary>
    /// The one-pass reader for the common case: exactly <paramref name="length"/> ASCII digits (at most 15),
    /// ignorable spaces skipped, read into the number, its Luhn sum, and the Luhn sum of the digits left of the
    /// last <paramref name="suffixLength"/> ones (the SIREN inside a SIRET). A text of exactly that many
    /// characters (no spaces) is read left to right by <c>TryReadDigitsOnly</c>; others right to left, skipping
    /// spaces. Returns false for anything else — another character, too few or too many digits — and the caller
    /// then reads the text again with <see cref="Read"/>, which says exactly what is wrong.
    /// </summary>
    public static bool TryReadNumber(ReadOnlySpan<char> text, int length, int suffixLength, out long value, out int luhnSum, out int prefixLuhnSum)
    {
        if (text.Length == length)
        {
            return TryReadDigitsOnly(text, suffixLength, out value, out luhnSum, out prefixLuhnSum);
        }

        value = 0;
        luhnSum = 0;
        prefixLuhnSum = 0;
        long place = 1;
        int count = 0;
        for (int i = text.Length - 1; i >= 0; i--)
        {
            char c = text[i];
            int d = c - '0';
            if ((uint)d > 9)
            {
                if (IsIgnorableSpace(c))
                {
                    continue;
                }

                return false;
            }

            if (count == length)
            {
                return false;
            }

            value += d * place;
            place *= 10;
            luhnSum += LuhnTerm(d, count);
            if (count >= suffixLength)
            {
                prefixLuhnSum += LuhnTerm(d, count - suffixLength);
            }

            count++;
        }

        return count == length;
    }

    // The usual input, digits only: read left to right, each digit times its power of ten (independent
    // multiplications, not one long chain), the Luhn terms taken from a table, no spaces to skip.
    private static bool TryReadDigitsOnly(ReadOnlySpan<char> text, int suffixLength, out long value, out int luhnSum, out int prefixLuhnSum)
    {
        ReadOnlySpan<byte> doubled = LuhnDoubled;
        long[] powers = PowersOfTen;
        long number = 0;
        int sum = 0;
        int prefixSum = 0;
        int last = text.Length - 1;
        for (int i = 0; i <= last; i++)
        {
            uint d = (uint)(text[i] - '0');
            if (d > 9)
            {
                value = 0;
                luhnSum = 0;
                prefixLuhnSum = 0;
                return false;
            }

            int fromRight = last - i;
            number += d * powers[fromRight];
            int plain = (int)d;
            int twice = doubled[(int)d];
            sum += (fromRight & 1) == 0 ? plain : twice;

            // The prefix's check digit sits suffixLength places from the right.
            int fromPrefixRight = fromRight - suffixLength;
            if (fromPrefixRight >= 0)
            {
                prefixSum += (fromPrefixRight & 1) == 0 ? plain : twice;
            }
        }

        value = number;
        luhnSum = sum;
        prefixLuhnSum = prefixSum;
        return true;
    }

    private static readonly long[] PowersOfTen =
    {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
        10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
    };

    // Twice a digit, its digits added (the Luhn term of a doubled digit).
    private static ReadOnlySpan<byte> LuhnDoubled => new byte[] { 0, 2, 4, 6, 8, 1, 3, 5, 7, 9 };

    // A digit's share of a Luhn sum, by its position from the right (0 for the check digit).
    private static int LuhnTerm(int digit, int positionFromRight) =>
        (positionFromRight & 1) == 0 ? digit : digit < 5 ? digit * 2 : (digit * 2) - 9;

    /// <summary>True when every digit is zero.</summary>
    public static bool AllZeros(ReadOnlySpan<byte> digits)
    {
        foreach (byte d in digits)
        {
            if (d != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the digits pass the Luhn (mod 10) check.</summary>
    public static bool PassesLuhn(ReadOnlySpan<byte> digits)
    {
        int sum = 0;
        bool doubleIt = false;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i];
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    /// <summary>The sum of the digits.</summary>
    public static int DigitSum(ReadOnlySpan<byte> digits)
    {
        int sum = 0;
        foreach (byte d in digits)
        {
            sum += d;
        }

        return sum;
    }

    /// <summary>The number the digits spell.</summary>
    public static long ToNumber(ReadOnlySpan<byte> digits)
    {
        long value = 0;
        foreach (byte d in digits)
        {
            value = (value * 10) + d;
        }

        return value;
    }

    /// <summary>Rejects unknown format strings the same way for every identifier.</summary>
    public static FormatException UnknownFormat(string? format, string kind, string known) =>
        new(string.Format(
            CultureInfo.InvariantCulture,
            "The format '{0}' is not supported for a {1}; use {2}.",
            format,
            kind,
            known));
}
