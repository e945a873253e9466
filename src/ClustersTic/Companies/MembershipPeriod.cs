using System;
using NodaTime;

namespace ClustersTic.Companies;

/// <summary>A period of membership: from a date, to a date or open-ended. Both dates are included
/// (rulebook reading 10).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MembershipPeriod
{
    /// <summary>Creates a period.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, or null when the membership has no end.</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public MembershipPeriod(LocalDate from, LocalDate? to = null)
    {
        if (to < from)
        {
            throw new ArgumentException($"The period ends ({Internal.Invariant.Date(to.Value)}) before it starts ({Internal.Invariant.Date(from)}).", nameof(to));
        }

        From = from;
        To = to;
    }

    /// <summary>The first day.</summary>
    public LocalDate From { get; }

    /// <summary>The last day, or null when open-ended.</summary>
    public LocalDate? To { get; }

    /// <summary>True when <paramref name="date"/> is within the period, both ends included.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when covered.</returns>
    public bool Covers(LocalDate date) => From <= date && (To is null || date <= To.Value);
}
