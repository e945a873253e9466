using System;
using ClustersTic.Internal;

namespace ClustersTic.Companies;

/// <summary>
/// A company's figures for one closed financial year, as used to compute its size category.
/// </summary>
/// <remarks>
/// Any figure may be unknown (null). Figures must not be negative. This type is immutable and thread-safe.
/// </remarks>
public sealed record ClosedYearFigures
{
    /// <summary>Creates the figures of one closed year.</summary>
    /// <param name="year">The year the financial year closed in (1 to 9999).</param>
    /// <param name="headcount">The headcount in annual work units (AWU), or null when unknown.</param>
    /// <param name="turnover">The turnover excluding VAT, in euros, or null when unknown.</param>
    /// <param name="balanceSheetTotal">The balance sheet total, in euros, or null when unknown.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999 or a figure is negative.</exception>
    public ClosedYearFigures(int year, decimal? headcount, decimal? turnover, decimal? balanceSheetTotal)
    {
        Year = Preconditions.CheckInRange(year, 1, 9999);
        Headcount = Preconditions.CheckNotNegative(headcount);
        Turnover = Preconditions.CheckNotNegative(turnover);
        BalanceSheetTotal = Preconditions.CheckNotNegative(balanceSheetTotal);
    }

    /// <summary>The year the financial year closed in.</summary>
    public int Year { get; }

    /// <summary>The headcount in annual work units (AWU), or null when unknown.</summary>
    public decimal? Headcount { get; }

    /// <summary>The turnover excluding VAT, in euros, or null when unknown.</summary>
    public decimal? Turnover { get; }

    /// <summary>The balance sheet total, in euros, or null when unknown.</summary>
    public decimal? BalanceSheetTotal { get; }
}
