using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ClustersTic.Cli.Tabular;

/// <summary>How a company table's cells are read (README, "Tabular input"): French or invariant numbers, French
/// or ISO dates, the administrative state in French, English or Sirene's letters. Each reader returns false with
/// the reason when the cell cannot be read; a blank cell (or <c>n.c.</c> for a number) is not given.</summary>
internal static class CellReaders
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;
    private static readonly LocalDatePattern French = LocalDatePattern.CreateWithInvariantCulture("d/M/uuuu");
    private static readonly LocalDate ExcelEpoch = new(1899, 12, 30);

    /// <summary>Whether the cell says nothing: empty, white space, or one of the usual "not known" marks
    /// (<c>n.c.</c>, <c>nc</c>, <c>n.d.</c>, <c>nd</c>, <c>n/a</c>, <c>na</c>, any case). Allocates nothing: it is
    /// asked of every cell.</summary>
    public static bool IsNotGiven(string? cell)
    {
        if (cell is null)
        {
            return true;
        }

        Span<char> letters = stackalloc char[2];
        int count = 0;
        foreach (char c in cell)
        {
            if (c is ' ' or '.' or '/' or '\t' or '\u00A0' or '\u202F')
            {
                continue;
            }

            char lower = char.ToLowerInvariant(c);
            if (count == 2 || lower is < 'a' or > 'z')
            {
                return false;
            }

            letters[count++] = lower;
        }

        return count == 0 || (count == 2 && letters[0] == 'n' && letters[1] is 'c' or 'd' or 'a');
    }

    /// <summary>A number: <c>1 234 567,89</c> (any space, comma decimal), <c>1.234.567,89</c>,
    /// <c>1234567.89</c>; a lone dot or comma is the decimal separator, except a group of exactly three digits
    /// after a dot in a number with several dots.</summary>
    public static bool TryNumber(string? cell, out decimal? value, out (string French, string English) reason)
    {
        value = null;
        reason = default;
        if (IsNotGiven(cell) || cell!.Trim() is "-" or "–")
        {
            return true;
        }

        Span<char> buffer = stackalloc char[Math.Min(cell.Length, 64)];
        int length = 0;
        int commas = 0;
        int dots = 0;
        foreach (char c in cell.Trim())
        {
            if (c is ' ' or '\u00A0' or '\u202F' or '\u2009' or '\'')
            {
                continue;
            }

            if (length == buffer.Length)
            {
                reason = NotANumber(cell);
                return false;
            }

            commas += c == ',' ? 1 : 0;
            dots += c == '.' ? 1 : 0;
            buffer[length++] = c;
        }

        Span<char> digits = buffer[..length];
        if (commas > 0 && dots > 0)
        {
            // 1.234.567,89 or 1,234,567.89: the last separator is the decimal one, the other groups thousands.
            char decimalSeparator = digits.LastIndexOf(',') > digits.LastIndexOf('.') ? ',' : '.';
            char group = decimalSeparator == ',' ? '.' : ',';
            digits = Remove(digits, group);
            digits.Replace(',', '.');
        }
        else if (commas == 1)
        {
            digits.Replace(',', '.');
        }
        else if (commas > 1)
        {
            digits = Remove(digits, ',');
        }
        else if (dots > 1)
        {
            digits = Remove(digits, '.');
        }

        if (decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out decimal parsed))
        {
            value = parsed;
            return true;
        }

        reason = NotANumber(cell);
        return false;
    }

    /// <summary>A date: <c>dd/MM/yyyy</c> (one-digit day or month accepted), ISO <c>yyyy-MM-dd</c>, or an Excel
    /// serial number (a date cell of a workbook).</summary>
    public static bool TryDate(string? cell, bool fromWorkbook, out LocalDate? value, out (string French, string English) reason)
    {
        value = null;
        reason = default;
        if (IsNotGiven(cell))
        {
            return true;
        }

        string text = cell!.Trim();
        if (text.Length >= 10 && text[4] == '-' && text.Contains('T', StringComparison.Ordinal))
        {
            text = text[..10];
        }

        if (TryDateFast(text, out LocalDate fast))
        {
            value = fast;
            return true;
        }

        ParseResult<LocalDate> parsed = text.Contains('/', StringComparison.Ordinal) ? French.Parse(text) : Iso.Parse(text);
        if (parsed.Success)
        {
            value = parsed.Value;
            return true;
        }

        if (fromWorkbook && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double serial) && serial is >= 1 and < 2958466)
        {
            value = ExcelEpoch.PlusDays((int)Math.Floor(serial));
            return true;
        }

        reason = (
            "« " + text + " » n'est pas une date (jj/mm/aaaa ou aaaa-mm-jj)",
            "'" + text + "' is not a date (dd/mm/yyyy or yyyy-mm-dd)");
        return false;
    }

    /// <summary>A year of four digits.</summary>
    public static bool TryYear(string? cell, out int? value, out (string French, string English) reason)
    {
        value = null;
        reason = default;
        if (IsNotGiven(cell))
        {
            return true;
        }

        string text = cell!.Trim();
        if (text.EndsWith(".0", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year >= 1000)
        {
            value = year;
            return true;
        }

        reason = ("« " + cell.Trim() + " » n'est pas une année (quatre chiffres)", "'" + cell.Trim() + "' is not a year (four digits)");
        return false;
    }

    /// <summary>The administrative state: <c>Actif</c>/<c>active</c>/<c>A</c> or
    /// <c>Cessé</c>/<c>ceased</c>/<c>C</c>, any case, accents optional.</summary>
    public static bool TryState(string? cell, out Companies.AdministrativeState? value, out (string French, string English) reason)
    {
        value = null;
        reason = default;
        if (string.IsNullOrWhiteSpace(cell))
        {
            return true;
        }

        switch (CompanyFields.Normalize(cell))
        {
            case "a" or "actif" or "active" or "en_activite":
                value = Companies.AdministrativeState.Active;
                return true;
            case "c" or "cesse" or "cessee" or "ceased" or "ferme" or "fermee":
                value = Companies.AdministrativeState.Ceased;
                return true;
            default:
                reason = (
                    "« " + cell.Trim() + " » n'est pas un état (Actif ou Cessé, A ou C)",
                    "'" + cell.Trim() + "' is not a state (active or ceased, A or C)");
                return false;
        }
    }

    /// <summary>The two common shapes, <c>dd/MM/yyyy</c> and <c>yyyy-MM-dd</c>, without the pattern engine (a
    /// member list has two dates a row); any other shape, or a date that does not exist, goes to the patterns,
    /// which give the same answer.</summary>
    private static bool TryDateFast(string text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10)
        {
            return false;
        }

        int year, month, day;
        if (text[2] == '/' && text[5] == '/')
        {
            day = Two(text, 0);
            month = Two(text, 3);
            year = (Two(text, 6) * 100) + Two(text, 8);
        }
        else if (text[4] == '-' && text[7] == '-')
        {
            year = (Two(text, 0) * 100) + Two(text, 2);
            month = Two(text, 5);
            day = Two(text, 8);
        }
        else
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;

        static int Two(string s, int at) => s[at] is >= '0' and <= '9' && s[at + 1] is >= '0' and <= '9' ? ((s[at] - '0') * 10) + (s[at + 1] - '0') : -10_000;
    }

    private static (string French, string English) NotANumber(string cell) => (
        "« " + cell.Trim() + " » n'est pas un nombre (par exemple 1 234 567,89)",
        "'" + cell.Trim() + "' is not a number (for example 1,234,567.89)");

    private static Span<char> Remove(Span<char> text, char c)
    {
        int length = 0;
        foreach (char x in text)
        {
            if (x != c)
            {
                text[length++] = x;
            }
        }

        return text[..length];
    }
}
