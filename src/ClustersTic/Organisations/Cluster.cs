using System.Collections.Generic;
using ClustersTic.Companies;
using ClustersTic.Internal;
using NodaTime;

namespace ClustersTic.Organisations;

/// <summary>A cluster (or other organisation) that is, or applies to be, a member of the consortium.</summary>
/// <remarks>
/// <para>Null means "not given" and is never read as "no": an unknown kind, audience or France Clusters
/// membership list makes the matching rule unknown. An empty <see cref="FranceClustersMemberships"/> list
/// means "no membership".</para>
/// <para>Immutable: lists are copied when set, and exposed read-only. Equality is by value, lists compared item by item. Thread-safe.</para>
/// </remarks>
public sealed record Cluster
{
    private readonly IReadOnlyList<MembershipPeriod>? _franceClustersMemberships;
    private readonly IReadOnlyList<Company>? _members;

    /// <summary>The cluster's id, unique in a data set, such as <c>loire-numerique</c>; companies name it in
    /// their memberships.</summary>
    public required string Id { get; init; }

    /// <summary>The cluster's name.</summary>
    public required string Name { get; init; }

    /// <summary>The region, for display.</summary>
    public string? Region { get; init; }

    /// <summary>The organisation kind (CL-2), or null when not given.</summary>
    public OrganisationKind? Kind { get; init; }

    /// <summary>The France Clusters membership periods (CL-1), or null when not given.</summary>
    public IReadOnlyList<MembershipPeriod>? FranceClustersMemberships
    {
        get => _franceClustersMemberships;
        init => _franceClustersMemberships = ReadOnly.CopyOrNull(value, nameof(FranceClustersMemberships));
    }

    /// <summary>The declared audience (CL-3), or null when not given.</summary>
    public ClusterAudience? DeclaredAudience { get; init; }

    /// <summary>The date the cluster signed the partnership convention (CL-4), or null when it has not.</summary>
    public LocalDate? ConventionSignedOn { get; init; }

    /// <summary>True for the five founding clusters: deemed to meet CL-2 and CL-3.</summary>
    public bool IsFounder { get; init; }

    /// <summary>The date the cluster left the consortium (merged, dissolved, withdrawn), or null.</summary>
    public LocalDate? LeftOn { get; init; }

    /// <summary>The cluster's member companies, used for the provider share of CL-3; null or empty when not
    /// given (the share is then not checked).</summary>
    public IReadOnlyList<Company>? Members
    {
        get => _members;
        init => _members = ReadOnly.CopyOrNull(value, nameof(Members));
    }

    /// <summary>Value equality: every property, lists compared item by item (null and empty differ).</summary>
    /// <param name="other">The other cluster.</param>
    /// <returns>True when both hold the same values.</returns>
    public bool Equals(Cluster? other) => other is not null
        && ValueEquality.Text(Id, other.Id)
        && ValueEquality.Text(Name, other.Name)
        && ValueEquality.Text(Region, other.Region)
        && Kind == other.Kind
        && ValueEquality.Lists(FranceClustersMemberships, other.FranceClustersMemberships)
        && DeclaredAudience == other.DeclaredAudience
        && ConventionSignedOn == other.ConventionSignedOn
        && IsFounder == other.IsFounder
        && LeftOn == other.LeftOn
        && ValueEquality.Lists(Members, other.Members);

    /// <summary>A hash consistent with <see cref="Equals(Cluster?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => unchecked((ValueEquality.Hash(Id) * 31) + ValueEquality.Hash(Members));
}
