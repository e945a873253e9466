using System;
using NodaTime;

namespace ClustersTic.Internal;

/// <summary>
/// Date arithmetic that never throws (reading 35): NodaTime's ISO calendar ends on 9999-12-31 (and starts in
/// year -9998), and a computation past either end throws. These return null instead, so that the rule that
/// needs the date can say it cannot be computed, for that record alone.
/// </summary>
internal static class CalendarMath
{
    /// <summary><paramref name="date"/> + <paramref name="period"/>, or null past 9999-12-31.</summary>
    public static LocalDate? Plus(LocalDate date, Period period)
    {
        try
        {
            return date.Plus(period);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    /// <summary><paramref name="date"/> − <paramref name="period"/>, or the first date of the calendar when it
    /// would be before it (a window that opens before the calendar starts is open from its start).</summary>
    public static LocalDate MinusOrFirst(LocalDate date, Period period)
    {
        try
        {
            return date.Minus(period);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or OverflowException)
        {
            return LocalDate.MinIsoValue;
        }
    }

    /// <summary><paramref name="date"/> + <paramref name="years"/> years (NodaTime's <c>PlusYears</c>: a
    /// 29 February gives 28 February), or null past 9999-12-31.</summary>
    public static LocalDate? PlusYears(LocalDate date, int years)
    {
        try
        {
            return date.PlusYears(years);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }
}
