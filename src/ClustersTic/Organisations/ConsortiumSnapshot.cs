using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using ClustersTic.Companies;
using ClustersTic.Decisions;
using NodaTime;

namespace ClustersTic.Organisations;

/// <summary>
/// The consortium on one date: the admission decision of every known cluster. Company eligibility (CO-3)
/// asks it whether a company's cluster is a member on that date. Build it once with
/// <see cref="ConsortiumRules.Snapshot(System.Collections.Generic.IEnumerable{Cluster}, NodaTime.LocalDate?)"/> and reuse it for a whole member list.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ConsortiumSnapshot : IClusterStandings
{
    private readonly Dictionary<string, ClusterAdmissionDecision> _byId;

    internal ConsortiumSnapshot(LocalDate asOf, RuleSetReference ruleSet, CompanyEligibilityParameters companyEligibility, IList<ClusterAdmissionDecision> clusters)
    {
        AsOf = asOf;
        RuleSet = ruleSet;
        CompanyEligibility = companyEligibility;
        Clusters = new ReadOnlyCollection<ClusterAdmissionDecision>(clusters);
        _byId = new Dictionary<string, ClusterAdmissionDecision>(StringComparer.Ordinal);
        foreach (ClusterAdmissionDecision decision in clusters)
        {
            if (_byId.ContainsKey(decision.Subject))
            {
                throw new ArgumentException($"Two clusters have the id '{decision.Subject}'.", nameof(clusters));
            }

            _byId.Add(decision.Subject, decision);
        }
    }

    /// <summary>The date of the snapshot.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The rule set the decisions were made with; companies evaluated against the snapshot are
    /// decided with it too.</summary>
    public RuleSetReference RuleSet { get; }

    /// <summary>The company eligibility parameters of that rule set.</summary>
    internal CompanyEligibilityParameters CompanyEligibility { get; }

    /// <summary>The admission decision of each cluster, in the order given.</summary>
    public IReadOnlyList<ClusterAdmissionDecision> Clusters { get; }

    /// <summary>Finds the decision of a cluster by id (ordinal, case-sensitive).</summary>
    /// <param name="clusterId">The cluster's id.</param>
    /// <param name="decision">The decision, when the cluster is known.</param>
    /// <returns>True when the cluster is known.</returns>
    public bool TryGetDecision(string? clusterId, [NotNullWhen(true)] out ClusterAdmissionDecision? decision)
    {
        decision = null;
        return clusterId is not null && _byId.TryGetValue(clusterId, out decision);
    }

    /// <inheritdoc />
    ClusterStanding IClusterStandings.StandingOf(string? clusterId) =>
        !TryGetDecision(clusterId, out ClusterAdmissionDecision? decision) ? ClusterStanding.Unknown
        : decision.IsMember ? ClusterStanding.Member
        : decision.Outcome == Outcome.Incomplete ? ClusterStanding.AdmissionIncomplete
        : ClusterStanding.NotMember;

    /// <inheritdoc />
    string? IClusterStandings.NameOf(string? clusterId) => TryGetDecision(clusterId, out ClusterAdmissionDecision? decision) ? decision.ClusterName : null;
}
