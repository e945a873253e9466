using System.Collections.Generic;

namespace ClustersTic.Charter;

/// <summary>What is missing to reach the next level: the first question a company asks.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LevelGap
{
    /// <summary>Non conforme → Signataire: every MUST criterion not met.</summary>
    internal static LevelGap ToSignatory(IReadOnlyList<string> mustCriteriaNotMet) =>
        new(CharterLevel.Signatory, mustCriteriaNotMet, scorePointsNeeded: null, weightNeeded: null, Internal.ReadOnly.Empty<CategoryScore>.List, assessmentKindRequired: false);

    /// <summary>Signataire → Confirmé when nothing is applicable: there is no score to raise (reading 23).</summary>
    internal static LevelGap ToConfirmedWithoutScore() =>
        new(CharterLevel.Confirmed, Internal.ReadOnly.Empty<string>.List, scorePointsNeeded: null, weightNeeded: null, Internal.ReadOnly.Empty<CategoryScore>.List, assessmentKindRequired: false);

    /// <summary>Signataire → Confirmé: the points and weight missing, and the categories below their minimum.</summary>
    internal static LevelGap ToConfirmed(decimal scorePointsNeeded, int? weightNeeded, IReadOnlyList<CategoryScore> categoriesBelowMinimum) =>
        new(CharterLevel.Confirmed, Internal.ReadOnly.Empty<string>.List, scorePointsNeeded, weightNeeded, categoriesBelowMinimum, assessmentKindRequired: false);

    /// <summary>Confirmé → Exemplaire: the points and weight missing, and whether another kind of assessment is
    /// needed.</summary>
    internal static LevelGap ToExemplary(decimal scorePointsNeeded, int? weightNeeded, bool assessmentKindRequired) =>
        new(CharterLevel.Exemplary, Internal.ReadOnly.Empty<string>.List, scorePointsNeeded, weightNeeded, Internal.ReadOnly.Empty<CategoryScore>.List, assessmentKindRequired);

    private LevelGap(
        CharterLevel targetLevel,
        IReadOnlyList<string> mustCriteriaNotMet,
        decimal? scorePointsNeeded,
        int? weightNeeded,
        IReadOnlyList<CategoryScore> categoriesBelowMinimum,
        bool assessmentKindRequired)
    {
        TargetLevel = targetLevel;
        MustCriteriaNotMet = Internal.ReadOnly.Copy(mustCriteriaNotMet, nameof(mustCriteriaNotMet));
        ScorePointsNeeded = scorePointsNeeded;
        WeightNeeded = weightNeeded;
        CategoriesBelowMinimum = Internal.ReadOnly.Copy(categoriesBelowMinimum, nameof(categoriesBelowMinimum));
        AssessmentKindRequired = assessmentKindRequired;
    }

    /// <summary>The next level.</summary>
    public CharterLevel TargetLevel { get; }

    /// <summary>The applicable MUST criteria that are not Met (to reach Signataire).</summary>
    public IReadOnlyList<string> MustCriteriaNotMet { get; }

    /// <summary>How many score points are missing to the target's score threshold (0.0 when reached), or null
    /// when the target has no score threshold or there is no score.</summary>
    public decimal? ScorePointsNeeded { get; }

    /// <summary>The least total weight of criteria, now not Met, that would have to become Met to reach the
    /// score threshold; null when the target has no score threshold, there is no score, or it cannot be
    /// reached.</summary>
    public int? WeightNeeded { get; }

    /// <summary>The categories whose score is below the category minimum (to reach Confirmé).</summary>
    public IReadOnlyList<CategoryScore> CategoriesBelowMinimum { get; }

    /// <summary>True when the target needs another assessment kind (Exemplaire: peer review or audit).</summary>
    public bool AssessmentKindRequired { get; }
}
