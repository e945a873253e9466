using System.Collections.Generic;

namespace ClustersTic.Charter;

/// <summary>The thresholds of the charter levels (rulebook §6.3).</summary>
/// <remarks>Immutable and thread-safe; obtained from a loaded rule set. Thresholds are between 0 and 100,
/// with at most one decimal, and the Exemplaire score threshold is above the Confirmé one.</remarks>
public sealed class ScoringPolicy
{
    internal ScoringPolicy(
        decimal confirmedMinimumScore,
        decimal confirmedMinimumCategoryScore,
        decimal exemplaryMinimumScore,
        IReadOnlyList<AssessmentKind> exemplaryAssessmentKinds)
    {
        ConfirmedMinimumScore = confirmedMinimumScore;
        ConfirmedMinimumCategoryScore = confirmedMinimumCategoryScore;
        ExemplaryMinimumScore = exemplaryMinimumScore;
        ExemplaryAssessmentKinds = Internal.ReadOnly.Copy(exemplaryAssessmentKinds, nameof(exemplaryAssessmentKinds));
    }

    /// <summary>The lowest published score of a Confirmé assessment (v1: 75.0).</summary>
    public decimal ConfirmedMinimumScore { get; }

    /// <summary>The lowest published score of every scored category of a Confirmé assessment (v1: 50.0).</summary>
    public decimal ConfirmedMinimumCategoryScore { get; }

    /// <summary>The lowest published score of an Exemplaire assessment (v1: 90.0).</summary>
    public decimal ExemplaryMinimumScore { get; }

    /// <summary>The assessment kinds that can reach Exemplaire (v1: peer review, external audit).</summary>
    public IReadOnlyList<AssessmentKind> ExemplaryAssessmentKinds { get; }
}
