using NodaTime;

namespace ClustersTic.Signatures;

/// <summary>The durations of the signature lifecycle (rulebook §7), as ISO-8601 periods of date units.</summary>
/// <remarks>Immutable and thread-safe; obtained from a loaded rule set. Every period is positive.</remarks>
public sealed class LifecyclePolicy
{
    internal LifecyclePolicy(Period validity, Period reviewWindowBefore, Period reviewWindowAfter, Period minorNonConformityDeadline, Period majorNonConformityDeadline, Period renewalWindow)
    {
        Validity = validity;
        ReviewWindowBefore = reviewWindowBefore;
        ReviewWindowAfter = reviewWindowAfter;
        MinorNonConformityDeadline = minorNonConformityDeadline;
        MajorNonConformityDeadline = majorNonConformityDeadline;
        RenewalWindow = renewalWindow;
    }

    /// <summary>How long a signature is valid (v1: P3Y).</summary>
    public Period Validity { get; }

    /// <summary>How long before an anniversary the review window opens (v1: P2M).</summary>
    public Period ReviewWindowBefore { get; }

    /// <summary>How long after an anniversary the review window closes (v1: P1M).</summary>
    public Period ReviewWindowAfter { get; }

    /// <summary>Within how long a minor non-conformity must be lifted before it becomes major (v1: P6M).</summary>
    public Period MinorNonConformityDeadline { get; }

    /// <summary>Within how long a major non-conformity must be lifted (v1: P3M).</summary>
    public Period MajorNonConformityDeadline { get; }

    /// <summary>How long before expiry a renewing assessment may be dated (v1: P6M).</summary>
    public Period RenewalWindow { get; }
}
