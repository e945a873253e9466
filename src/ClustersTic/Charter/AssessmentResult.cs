using System.Collections.Generic;
using ClustersTic.Decisions;
using ClustersTic.Text;

namespace ClustersTic.Charter;

/// <summary>The score and level of an assessment (rulebook §6), with what is missing to the next level.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Decision.AsOf"/> is the assessment date.</remarks>
public sealed class AssessmentResult : Decision
{
    internal AssessmentResult(
        Assessment assessment,
        RuleSetReference ruleSet,
        decimal? score,
        IReadOnlyList<CategoryScore> categories,
        decimal completion,
        CharterLevel level,
        LevelGap? nextLevel,
        IReadOnlyList<CriterionResult> criteria,
        IReadOnlyList<Finding> findings)
        : base(CompanySubject(assessment.CompanySiren), assessment.Date, ruleSet, findings, assessment.CompanySiren)
    {
        Kind = assessment.Kind;
        Score = score;
        Categories = Internal.ReadOnly.Copy(categories, nameof(categories));
        Completion = completion;
        Level = level;
        NextLevel = nextLevel;
        Criteria = Internal.ReadOnly.Copy(criteria, nameof(criteria));
    }

    /// <summary>The assessment kind.</summary>
    public AssessmentKind Kind { get; }

    /// <summary>The published score, 0.0 to 100.0 with one decimal (rounded half away from zero), or null when
    /// no criterion applies.</summary>
    public decimal? Score { get; }

    /// <summary>The score of each category, in the charter's order.</summary>
    public IReadOnlyList<CategoryScore> Categories { get; }

    /// <summary>The share of criteria (counted, not weighted) that are not Unknown, a valid N/A counting as
    /// answered, in percent with one decimal.</summary>
    public decimal Completion { get; }

    /// <summary>The level reached.</summary>
    public CharterLevel Level { get; }

    /// <summary>What is missing to reach the next level, or null at Exemplaire.</summary>
    public LevelGap? NextLevel { get; }

    /// <summary>How each criterion was counted, in the charter's order.</summary>
    public IReadOnlyList<CriterionResult> Criteria { get; }

    /// <inheritdoc />
    public override string Summarize(Language language)
    {
        string score = Score is decimal s ? Prose.OneDecimal(s, language) + "/100" : (language == Language.English ? "no score" : "pas de score");
        string completion = Prose.Percent(Completion, language);
        string level = Labels.LevelName(Level, language);
        string date = Prose.Date(AsOf, language);
        string kind = Labels.Get(Kind, language);
        return language == Language.English
            ? $"{Subject}: assessment of {date} ({kind}), level {level}, score {score}, completion {completion}"
            : $"{Subject}{Prose.Colon(language)}évaluation du {date} ({kind}), niveau {level}, score {score}, complétude {completion}";
    }
}
