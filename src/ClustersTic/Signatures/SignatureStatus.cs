namespace ClustersTic.Signatures;

/// <summary>The status of a signature on a date (rulebook §7, reading 29 for precedence).</summary>
public enum SignatureStatus
{
    /// <summary>Before the grant date.</summary>
    NotGranted = 0,

    /// <summary>Valid, nothing due.</summary>
    Active = 1,

    /// <summary>Inside an annual review window, review not given yet.</summary>
    ReviewDue = 2,

    /// <summary>A review window closed without review, a major non-conformity is past its deadline, or the
    /// company's cluster membership ended.</summary>
    Suspended = 3,

    /// <summary>The validity period ended without renewal.</summary>
    Expired = 4,

    /// <summary>Withdrawn, with a date and reason.</summary>
    Withdrawn = 5,

    /// <summary>Not withdrawn, expired or suspended for a known reason, but the status cannot be determined:
    /// information it depends on is not given (the annual reviews once a review window has opened, or the
    /// company's cluster memberships). Unknown is never read as "no" (reading 31).</summary>
    Undetermined = 6,
}
