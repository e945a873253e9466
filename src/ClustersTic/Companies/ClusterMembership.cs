using System;
using ClustersTic.Internal;
using ClustersTic.Organisations;
using NodaTime;

namespace ClustersTic.Companies;

/// <summary>A company's membership of a cluster, over a period (both ends included).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ClusterMembership
{
    /// <summary>Creates a membership.</summary>
    /// <param name="clusterId">The cluster's <see cref="Cluster.Id"/>.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, or null when open-ended.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clusterId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public ClusterMembership(string clusterId, LocalDate from, LocalDate? to = null)
    {
        ClusterId = Preconditions.CheckNotNull(clusterId);
        Period = new MembershipPeriod(from, to);
    }

    /// <summary>The cluster's id.</summary>
    public string ClusterId { get; }

    /// <summary>The membership period.</summary>
    public MembershipPeriod Period { get; }
}
