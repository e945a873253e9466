using NodaTime;

namespace ClustersTic.Companies;

/// <summary>Where a cluster stands in the consortium on a date, as CO-3 needs to know it.</summary>
internal enum ClusterStanding : byte
{
    /// <summary>The cluster is not known.</summary>
    Unknown,

    /// <summary>The cluster is a member of the consortium.</summary>
    Member,

    /// <summary>The cluster is known and not a member (ineligible, pending signature, or left).</summary>
    NotMember,

    /// <summary>The cluster's admission cannot be established (its decision is incomplete).</summary>
    AdmissionIncomplete,
}

/// <summary>The consortium on one date, as company eligibility (CO-3) sees it: implemented by
/// <see cref="Organisations.ConsortiumSnapshot"/>, so that the company rules do not depend on cluster
/// admission.</summary>
internal interface IClusterStandings
{
    /// <summary>The date of the standings.</summary>
    LocalDate AsOf { get; }

    /// <summary>Where the cluster with this id stands (ordinal, case-sensitive).</summary>
    ClusterStanding StandingOf(string? clusterId);

    /// <summary>The name of the cluster with this id, shown in findings in place of its id; null when the
    /// cluster is not known.</summary>
    string? NameOf(string? clusterId);
}
