namespace ClustersTic.Charter;

/// <summary>Who assessed a company against the charter.</summary>
public enum AssessmentKind
{
    /// <summary>The company assessed itself.</summary>
    SelfAssessment = 0,

    /// <summary>A peer review run by a cluster.</summary>
    PeerReview = 1,

    /// <summary>An external audit.</summary>
    ExternalAudit = 2,
}
