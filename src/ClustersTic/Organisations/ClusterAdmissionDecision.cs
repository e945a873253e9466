using System.Collections.Generic;
using ClustersTic.Decisions;
using ClustersTic.Text;
using NodaTime;

namespace ClustersTic.Organisations;

/// <summary>Whether a cluster may be, or is, a member of the consortium on a date (rules CL-1 to CL-4).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ClusterAdmissionDecision : Decision
{
    internal ClusterAdmissionDecision(Cluster cluster, LocalDate asOf, RuleSetReference ruleSet, Outcome outcome, bool pendingSignature, IReadOnlyList<Finding> findings)
        : base(cluster.Id, asOf, ruleSet, findings)
    {
        ClusterName = cluster.Name;
        Outcome = outcome;
        PendingSignature = pendingSignature;
    }

    /// <summary>The cluster's name.</summary>
    public string ClusterName { get; }

    /// <summary>Eligible, ineligible, or incomplete (information missing).</summary>
    public Outcome Outcome { get; }

    /// <summary>True when the cluster is eligible but has not signed the partnership convention on the as-of
    /// date: eligible, pending signature, not a member. Never true for an ineligible or incomplete cluster.</summary>
    public bool PendingSignature { get; }

    /// <summary>True when the cluster is a member of the consortium on the as-of date: eligible and signed.</summary>
    public bool IsMember => Outcome == Outcome.Eligible && !PendingSignature;

    /// <inheritdoc />
    public override string Summarize(Language language)
    {
        string state = IsMember
            ? (language == Language.English ? "member" : "membre")
            : PendingSignature
                ? (language == Language.English ? "eligible, pending the signature of the convention" : "éligible, en attente de la signature de la convention")
                : Labels.OutcomeName(Outcome, language);
        return ClusterName + Prose.Colon(language) + state;
    }
}
