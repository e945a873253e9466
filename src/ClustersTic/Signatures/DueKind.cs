namespace ClustersTic.Signatures;

/// <summary>What the next due date of a signature is for.</summary>
public enum DueKind
{
    /// <summary>The last day of an annual review window.</summary>
    Review = 0,

    /// <summary>The deadline to lift a non-conformity.</summary>
    NonConformity = 1,

    /// <summary>The last valid day of the signature: renew before it.</summary>
    Expiry = 2,
}
