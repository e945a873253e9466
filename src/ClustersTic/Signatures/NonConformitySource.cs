namespace ClustersTic.Signatures;

/// <summary>What raised a non-conformity.</summary>
public enum NonConformitySource
{
    /// <summary>An annual review.</summary>
    Review = 0,

    /// <summary>An audit.</summary>
    Audit = 1,

    /// <summary>A client complaint that was upheld.</summary>
    UpheldComplaint = 2,
}
