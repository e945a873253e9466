using System.Collections.Generic;
using ClustersTic.Text;

namespace ClustersTic.Charter;

/// <summary>What is missing to reach the next level: the first question a company asks.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LevelGap
{
    /// <summary>Non conforme → Signataire: every MUST criterion not met.</summary>
    internal static LevelGap ToSignatory(CharterDefinition charter, IReadOnlyList<string> mustCriteriaNotMet) =>
        new(charter, CharterLevel.Signatory, mustCriteriaNotMet, scorePointsNeeded: null, weightNeeded: null, Internal.ReadOnly.Empty<CategoryScore>.List, assessmentKindRequired: false);

    /// <summary>Signataire → Confirmé when nothing is applicable: there is no score to raise (reading 23).</summary>
    internal static LevelGap ToConfirmedWithoutScore(CharterDefinition charter) =>
        new(charter, CharterLevel.Confirmed, Internal.ReadOnly.Empty<string>.List, scorePointsNeeded: null, weightNeeded: null, Internal.ReadOnly.Empty<CategoryScore>.List, assessmentKindRequired: false);

    /// <summary>Signataire → Confirmé: the points and weight missing, and the categories below their minimum.</summary>
    internal static LevelGap ToConfirmed(CharterDefinition charter, decimal scorePointsNeeded, int? weightNeeded, IReadOnlyList<CategoryScore> categoriesBelowMinimum) =>
        new(charter, CharterLevel.Confirmed, Internal.ReadOnly.Empty<string>.List, scorePointsNeeded, weightNeeded, categoriesBelowMinimum, assessmentKindRequired: false);

    /// <summary>Confirmé → Exemplaire: the points and weight missing, and whether another kind of assessment is
    /// needed.</summary>
    internal static LevelGap ToExemplary(CharterDefinition charter, decimal scorePointsNeeded, int? weightNeeded, bool assessmentKindRequired) =>
        new(charter, CharterLevel.Exemplary, Internal.ReadOnly.Empty<string>.List, scorePointsNeeded, weightNeeded, Internal.ReadOnly.Empty<CategoryScore>.List, assessmentKindRequired);

    // The charter the gap was measured against: where criterion and category titles come from.
    private readonly CharterDefinition _charter;

    private LevelGap(
        CharterDefinition charter,
        CharterLevel targetLevel,
        IReadOnlyList<string> mustCriteriaNotMet,
        decimal? scorePointsNeeded,
        int? weightNeeded,
        IReadOnlyList<CategoryScore> categoriesBelowMinimum,
        bool assessmentKindRequired)
    {
        _charter = charter;
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

    /// <summary>What is missing, as a sentence a company director reads (docs/typography.md): <c>Pour atteindre le niveau
    /// Confirmé : 9,7 points de score (poids des critères à satisfaire : 7) ; catégories sous le minimum :
    /// Après-projet, Compétence</c>, with criterion and category titles from the charter.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string Describe(Language language)
    {
        bool english = language == Language.English;
        var parts = new List<string>(4);
        if (MustCriteriaNotMet.Count > 0)
        {
            var criteria = new List<string>(MustCriteriaNotMet.Count);
            foreach (string id in MustCriteriaNotMet)
            {
                criteria.Add(_charter.TryGetCriterion(id, out Criterion? criterion) ? id + " (" + criterion.Title.In(language) + ")" : id);
            }

            parts.Add((english ? "MUST criteria to meet" : "critères obligatoires à satisfaire") + Prose.Colon(language) + string.Join(", ", criteria));
        }

        if (TargetLevel == CharterLevel.Confirmed && ScorePointsNeeded is null && MustCriteriaNotMet.Count == 0)
        {
            parts.Add(english ? "applicable criteria, without which there is no score" : "des critères applicables, sans lesquels il n’y a pas de score");
        }

        if (ScorePointsNeeded is decimal points && points > 0)
        {
            string needed = Prose.OneDecimal(points, language);
            string weight = WeightNeeded is int w
                ? " (" + (english ? "criteria weight to meet" : "poids des critères à satisfaire") + Prose.Colon(language) + Prose.Number(w, language) + ")"
                : string.Empty;
            parts.Add((english ? needed + " more score points" : needed + " points de score en plus") + weight);
        }

        if (CategoriesBelowMinimum.Count > 0)
        {
            var categories = new List<string>(CategoriesBelowMinimum.Count);
            foreach (CategoryScore category in CategoriesBelowMinimum)
            {
                categories.Add(_charter.TryGetCategory(category.CategoryId, out CharterCategory? found) ? found.Title.In(language) : category.CategoryId);
            }

            parts.Add((english ? "categories below the minimum" : "catégories sous le minimum") + Prose.Colon(language) + string.Join(", ", categories));
        }

        if (AssessmentKindRequired)
        {
            parts.Add(english ? "a peer review or an external audit" : "une revue par les pairs ou un audit externe");
        }

        string target = Labels.LevelName(TargetLevel, language);
        string separator = english ? "; " : Internal.FrenchTypography.NarrowNoBreakSpace + "; ";
        return (english ? "To reach " + target : "Pour atteindre le niveau " + target) + Prose.Colon(language) + string.Join(separator, parts);
    }
}
