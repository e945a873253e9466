using System;
using System.Collections.Generic;
using System.Linq;
using ClustersTic.Internal;

namespace ClustersTic.Companies;

/// <summary>
/// Computes a company's size category (décret n° 2008-1354 art. 3; EU recommendation 2003/361/EC).
/// </summary>
/// <remarks>
/// <para><b>One year.</b> The categories are tried from the smallest: a company is in a category when its
/// headcount is <em>below</em> the category's headcount limit and its turnover <em>or</em> its balance sheet
/// total is <em>at most</em> the category's financial limit:</para>
/// <list type="table">
/// <listheader><term>category</term><description>headcount, turnover, balance sheet</description></listheader>
/// <item><term>Micro</term><description>&lt; 10 and (turnover ≤ 2 M€ or balance sheet ≤ 2 M€)</description></item>
/// <item><term>Small</term><description>&lt; 50 and (turnover ≤ 10 M€ or balance sheet ≤ 10 M€)</description></item>
/// <item><term>Medium</term><description>&lt; 250 and (turnover ≤ 50 M€ or balance sheet ≤ 43 M€)</description></item>
/// <item><term>Intermediate (ETI)</term><description>&lt; 5,000 and (turnover ≤ 1,500 M€ or balance sheet ≤ 2,000 M€)</description></item>
/// <item><term>Large</term><description>otherwise</description></item>
/// </list>
/// <para>Unknown figures are never guessed. An unknown turnover or balance sheet is unknown, but the other
/// figure can still satisfy the "or". When the test of a smaller category cannot be decided (for example the
/// headcount is unknown, or both financial figures are unknown and the headcount is within the limit), the
/// category is unknown (null), because the company could be in that category or a larger one.</para>
/// <para><b>A series of closed years</b> (<see cref="Classify(IEnumerable{ClosedYearFigures})"/>). The years
/// are sorted by <see cref="ClosedYearFigures.Year"/> and must be consecutive and distinct. The category
/// starts as the category of the oldest year. Then, for each pair of consecutive years (each year with the
/// one before it), oldest pair first: when both years are in a category above the current one, the current
/// category moves up to the lower of the two; when both are below it, it moves down to the higher of the two;
/// otherwise it stays. So a company changes category only when it crosses the thresholds in two consecutive
/// closed years: [micro, small, medium] gives small; [micro, small, micro] gives micro.</para>
/// <para>An empty series, a year whose category is unknown, or a missing year between two given years makes
/// the result unknown (null).</para>
/// <para>All members are pure functions and thread-safe.</para>
/// </remarks>
public static class CompanySize
{
    private static readonly Limit[] Limits =
    {
        new(CompanySizeCategory.Micro, 10m, 2_000_000m, 2_000_000m),
        new(CompanySizeCategory.Small, 50m, 10_000_000m, 10_000_000m),
        new(CompanySizeCategory.Medium, 250m, 50_000_000m, 43_000_000m),
        new(CompanySizeCategory.Intermediate, 5_000m, 1_500_000_000m, 2_000_000_000m),
    };

    /// <summary>The size category of one closed year.</summary>
    /// <param name="figures">The year's figures.</param>
    /// <returns>The category, or null when the known figures cannot decide it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    public static CompanySizeCategory? Classify(ClosedYearFigures figures)
    {
        Preconditions.CheckNotNull(figures);
        return Classify(figures.Headcount, figures.Turnover, figures.BalanceSheetTotal);
    }

    /// <summary>The size category from one year's figures.</summary>
    /// <param name="headcount">Headcount in annual work units, or null when unknown.</param>
    /// <param name="turnover">Turnover excluding VAT in euros, or null when unknown.</param>
    /// <param name="balanceSheetTotal">Balance sheet total in euros, or null when unknown.</param>
    /// <returns>The category, or null when the known figures cannot decide it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A figure is negative.</exception>
    public static CompanySizeCategory? Classify(decimal? headcount, decimal? turnover, decimal? balanceSheetTotal)
    {
        Preconditions.CheckNotNegative(headcount);
        Preconditions.CheckNotNegative(turnover);
        Preconditions.CheckNotNegative(balanceSheetTotal);
        return ClassifyChecked(headcount, turnover, balanceSheetTotal);
    }

    // The figures are known not to be negative (ClosedYearFigures checks them). With the three figures known —
    // the usual case — the category is read with plain comparisons; otherwise three-valued logic decides
    // whether the unknown figures leave it open.
    internal static CompanySizeCategory? ClassifyChecked(decimal? headcount, decimal? turnover, decimal? balanceSheetTotal)
    {
        if (headcount is decimal h && turnover is decimal t && balanceSheetTotal is decimal b)
        {
            Limit[] limits = Limits;
            for (int i = 0; i < limits.Length; i++)
            {
                ref readonly Limit limit = ref limits[i];
                if (h < limit.Headcount && (t <= limit.Turnover || b <= limit.BalanceSheet))
                {
                    return limit.Category;
                }
            }

            return CompanySizeCategory.Large;
        }

        foreach (Limit limit in Limits)
        {
            bool? inCategory = And(
                Below(headcount, limit.Headcount),
                Or(AtMost(turnover, limit.Turnover), AtMost(balanceSheetTotal, limit.BalanceSheet)));
            if (inCategory is null)
            {
                return null;
            }

            if (inCategory.Value)
            {
                return limit.Category;
            }
        }

        return CompanySizeCategory.Large;
    }

    /// <summary>The size category over a series of closed years, with the two-consecutive-years rule
    /// (see the remarks of <see cref="CompanySize"/>).</summary>
    /// <param name="years">The closed years, in any order.</param>
    /// <returns>The category, or null when it cannot be determined.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="years"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two items have the same year.</exception>
    public static CompanySizeCategory? Classify(IEnumerable<ClosedYearFigures> years)
    {
        Preconditions.CheckNotNull(years);
        ClosedYearFigures[] sorted = years.ToArray();
        foreach (ClosedYearFigures item in sorted)
        {
            if (item is null)
            {
                throw new ArgumentNullException(nameof(years), "The series holds a null item.");
            }
        }

        Array.Sort(sorted, static (a, b) => a.Year.CompareTo(b.Year));
        var categories = new CompanySizeCategory?[sorted.Length];
        for (int i = 0; i < sorted.Length; i++)
        {
            if (i > 0 && sorted[i].Year == sorted[i - 1].Year)
            {
                throw new ArgumentException($"The year {sorted[i].Year} appears more than once.", nameof(years));
            }

            categories[i] = Classify(sorted[i]);
        }

        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Year != sorted[i - 1].Year + 1)
            {
                return null;
            }
        }

        return Classify(categories);
    }

    /// <summary>The category over the years closed in or before <paramref name="lastYear"/> (later years,
    /// not closed yet on the as-of date, are left out). Years given oldest first are classified in one pass
    /// without allocating; other orders take the general path.</summary>
    internal static CompanySizeCategory? ClassifyClosedBy(ReadOnlySpan<ClosedYearFigures> years, int lastYear)
    {
        for (int i = 1; i < years.Length; i++)
        {
            if (years[i].Year <= years[i - 1].Year)
            {
                return Classify(years.ToArray().Where(y => y.Year <= lastYear));
            }
        }

        CompanySizeCategory current = default;
        CompanySizeCategory previous = default;
        int count = 0;
        for (int i = 0; i < years.Length && years[i].Year <= lastYear; i++)
        {
            ClosedYearFigures year = years[i];
            if (count > 0 && year.Year != years[i - 1].Year + 1)
            {
                return null;
            }

            if (ClassifyChecked(year.Headcount, year.Turnover, year.BalanceSheetTotal) is not CompanySizeCategory category)
            {
                return null;
            }

            current = count == 0 ? category : Step(current, previous, category);
            previous = category;
            count++;
        }

        return count == 0 ? null : current;
    }

    /// <summary>The two-consecutive-years rule over yearly categories, oldest first.</summary>
    /// <param name="yearly">The category of each closed year, oldest first, without gaps; null for unknown.</param>
    /// <returns>The category, or null when the series is empty or holds an unknown year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yearly"/> is null.</exception>
    public static CompanySizeCategory? Classify(IReadOnlyList<CompanySizeCategory?> yearly)
    {
        Preconditions.CheckNotNull(yearly);
        if (yearly.Count == 0 || yearly.Any(static c => c is null))
        {
            return null;
        }

        CompanySizeCategory current = yearly[0]!.Value;
        for (int i = 1; i < yearly.Count; i++)
        {
            current = Step(current, yearly[i - 1]!.Value, yearly[i]!.Value);
        }

        return current;
    }

    /// <summary>One step of the rule: move up (to the lower of the two) when both years are above the current
    /// category, down (to the higher of the two) when both are below it, otherwise stay.</summary>
    private static CompanySizeCategory Step(CompanySizeCategory current, CompanySizeCategory previous, CompanySizeCategory latest)
    {
        if (previous > current && latest > current)
        {
            return previous < latest ? previous : latest;
        }

        if (previous < current && latest < current)
        {
            return previous > latest ? previous : latest;
        }

        return current;
    }

    // Three-valued logic: null means unknown. (C#'s lifted comparisons would give false for a null
    // operand, so unknown values are handled explicitly.)
    private static bool? Below(decimal? value, decimal limit) => value is null ? null : value.Value < limit;

    private static bool? AtMost(decimal? value, decimal limit) => value is null ? null : value.Value <= limit;

    private static bool? Or(bool? a, bool? b) => (a, b) switch
    {
        (true, _) or (_, true) => true,
        (false, false) => false,
        _ => null,
    };

    private static bool? And(bool? a, bool? b) => (a, b) switch
    {
        (false, _) or (_, false) => false,
        (true, true) => true,
        _ => null,
    };

    private readonly record struct Limit(CompanySizeCategory Category, decimal Headcount, decimal Turnover, decimal BalanceSheet);
}
