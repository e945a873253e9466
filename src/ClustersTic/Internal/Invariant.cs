using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ClustersTic.Internal;

/// <summary>Culture-invariant text forms of the values put in findings and JSON.</summary>
internal static class Invariant
{
    /// <summary>The ISO form <c>yyyy-MM-dd</c>, written directly (findings format dates on the hot path);
    /// years outside 1–9999 go through NodaTime's pattern.</summary>
    public static string Date(LocalDate date)
    {
        int year = date.Year;
        if (year < 1 || year > 9999)
        {
            return LocalDatePattern.Iso.Format(date);
        }

        int month = date.Month;
        int day = date.Day;
#if NET8_0_OR_GREATER
        return string.Create(10, (year, month, day), static (chars, d) => Write(chars, d.year, d.month, d.day));
#else
        char[] chars = new char[10];
        Write(chars, year, month, day);
        return new string(chars);
#endif
    }

    /// <summary>Writes the ISO form into <paramref name="destination"/> (ten characters) without allocating;
    /// false for years outside 1–9999, which <see cref="Date"/> formats through NodaTime.</summary>
    public static bool TryWriteDate(LocalDate date, System.Span<char> destination)
    {
        int year = date.Year;
        if (year < 1 || year > 9999)
        {
            return false;
        }

        Write(destination, year, date.Month, date.Day);
        return true;
    }

    private static void Write(System.Span<char> chars, int year, int month, int day)
    {
        chars[0] = (char)('0' + (year / 1000));
        chars[1] = (char)('0' + (year / 100 % 10));
        chars[2] = (char)('0' + (year / 10 % 10));
        chars[3] = (char)('0' + (year % 10));
        chars[4] = '-';
        chars[5] = (char)('0' + (month / 10));
        chars[6] = (char)('0' + (month % 10));
        chars[7] = '-';
        chars[8] = (char)('0' + (day / 10));
        chars[9] = (char)('0' + (day % 10));
    }

    /// <summary>The name of an enumeration value, from a table built once (no allocation per call).</summary>
    public static string Name<T>(T value)
        where T : struct, System.Enum => EnumTable<T>.NameOf(value);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A published score or threshold: one decimal, dot separator (<c>75.0</c>).</summary>
    public static string Score(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>Rounds half away from zero to one decimal and gives the result exactly one decimal of scale,
    /// so that it is written <c>75.0</c>, never <c>75</c> or <c>75.00</c>.</summary>
    public static decimal OneDecimal(decimal value) => decimal.Round(value, 1, System.MidpointRounding.AwayFromZero) + 0.0m;
}
