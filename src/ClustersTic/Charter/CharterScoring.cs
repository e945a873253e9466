using System;
using System.Collections.Generic;
using ClustersTic.Decisions;
using ClustersTic.Internal;

namespace ClustersTic.Charter;

/// <summary>Charter scoring in four named steps: correct the answers (§6.1), tally the scores (§6.2), decide
/// the level (§6.3) and describe the gap to the next level.</summary>
internal static class CharterScoring
{
    /// <param name="assessment">The assessment.</param>
    /// <param name="charter">The charter it is scored against.</param>
    /// <param name="policy">The level thresholds.</param>
    /// <param name="ruleSet">The rule set the result cites.</param>
    public static AssessmentResult Score(Assessment assessment, CharterDefinition charter, ScoringPolicy policy, RuleSetReference ruleSet)
    {
        var verdict = default(Verdict);
        CriterionResult[] results = CorrectAnswers(assessment, charter, ref verdict);
        Tally tally = TallyScores(charter, results);
        Standing standing = Stand(assessment.Kind, results, tally, policy);
        CharterLevel level = DecideLevel(charter, standing, tally, policy, assessment.Kind, ref verdict);
        LevelGap? gap = DescribeGap(charter, level, standing, tally, policy);
        return new AssessmentResult(assessment, ruleSet, tally.Score, tally.Categories, tally.Completion, level, gap, results, verdict.Findings);
    }

    /// <summary>Step 1 (§6.1, readings 19 and 36): the status counted for each criterion, in the charter's
    /// order; each correction is a finding, the input is unchanged.</summary>
    private static CriterionResult[] CorrectAnswers(Assessment assessment, CharterDefinition charter, ref Verdict verdict)
    {
        if (assessment.CharterVersion is string assessed && !string.Equals(assessed, charter.Version, StringComparison.Ordinal))
        {
            verdict.Report(FindingCatalog.AssessmentCharterMismatch, ("assessed", TextHelpers.Shorten(assessed)), ("charter", charter.Version));
        }

        // Index the answers; answers to criteria the charter does not have are findings (reading 19).
        var answers = new Dictionary<string, Answer?>(StringComparer.Ordinal);
        foreach (Answer answer in assessment.Answers)
        {
            if (!charter.TryGetCriterion(answer.CriterionId, out _))
            {
                verdict.Report(FindingCatalog.AnswerUnknownCriterion, ("criterion", TextHelpers.Shorten(answer.CriterionId)), ("charter", charter.Version));
            }
            else if (answers.TryGetValue(answer.CriterionId, out _))
            {
                answers[answer.CriterionId] = null; // answered twice: counted as Unknown
            }
            else
            {
                answers.Add(answer.CriterionId, answer);
            }
        }

        var results = new CriterionResult[charter.Criteria.Count];
        for (int i = 0; i < results.Length; i++)
        {
            Criterion criterion = charter.Criteria[i];
            bool answered = answers.TryGetValue(criterion.Id, out Answer? answer);
            AnswerStatus counted;
            if (!answered)
            {
                counted = AnswerStatus.Unknown;
                verdict.Report(FindingCatalog.AnswerMissing, "criterion", Titled(criterion));
            }
            else if (answer is null)
            {
                counted = AnswerStatus.Unknown;
                verdict.Report(FindingCatalog.AnswerDuplicate, "criterion", Titled(criterion));
            }
            else
            {
                counted = Correct(criterion, answer, ref verdict);
            }

            results[i] = new CriterionResult(criterion, answered && answer is not null ? answer.Status : null, counted);
        }

        return results;
    }

    private static AnswerStatus Correct(Criterion criterion, Answer answer, ref Verdict verdict)
    {
        switch (answer.Status)
        {
            case AnswerStatus.NotApplicable when !criterion.NotApplicableAllowed:
                verdict.Report(FindingCatalog.AnswerNotApplicableNotAllowed, "criterion", Titled(criterion));
                return AnswerStatus.Unmet;
            case AnswerStatus.NotApplicable when string.IsNullOrWhiteSpace(answer.Justification):
                verdict.Report(FindingCatalog.AnswerNotApplicableWithoutJustification, "criterion", Titled(criterion));
                return AnswerStatus.Unknown;
            case AnswerStatus.Met when criterion.EvidenceRequired && string.IsNullOrWhiteSpace(answer.Evidence):
                verdict.Report(FindingCatalog.AnswerMetWithoutEvidence, "criterion", Titled(criterion));
                return AnswerStatus.Unknown;
            case AnswerStatus.Met or AnswerStatus.Unmet or AnswerStatus.NotApplicable or AnswerStatus.Unknown:
                return answer.Status;
            default:
                throw new ArgumentOutOfRangeException(nameof(answer), answer.Status, $"The answer to {criterion.Id} has an undefined status.");
        }
    }

    /// <summary>Step 2 (§6.2): weighted scores, overall and per category, and the completion.</summary>
    private static Tally TallyScores(CharterDefinition charter, CriterionResult[] results)
    {
        int met = 0;
        int applicable = 0;
        var categories = new List<CategoryScore>(charter.Categories.Count);
        foreach (CharterCategory category in charter.Categories)
        {
            int categoryMet = 0;
            int categoryApplicable = 0;
            foreach (CriterionResult result in results)
            {
                if (!string.Equals(result.Criterion.CategoryId, category.Id, StringComparison.Ordinal) || result.Counted == AnswerStatus.NotApplicable)
                {
                    continue;
                }

                categoryApplicable += result.Criterion.Weight;
                if (result.Counted == AnswerStatus.Met)
                {
                    categoryMet += result.Criterion.Weight;
                }
            }

            met += categoryMet;
            applicable += categoryApplicable;
            categories.Add(new CategoryScore(category.Id, categoryMet, categoryApplicable, Percentage(categoryMet, categoryApplicable)));
        }

        int known = 0;
        foreach (CriterionResult result in results)
        {
            if (result.Counted != AnswerStatus.Unknown)
            {
                known++;
            }
        }

        return new Tally(met, applicable, Percentage(met, applicable), Percentage(known, results.Length) ?? 0.0m, categories.AsReadOnly());
    }

    /// <summary>What the level depends on besides the score: the MUST criteria not met, the categories below
    /// the Confirmé minimum, and whether the assessment's kind may reach Exemplaire.</summary>
    private static Standing Stand(AssessmentKind kind, CriterionResult[] results, Tally tally, ScoringPolicy policy)
    {
        var mustNotMet = new List<string>();
        foreach (CriterionResult result in results)
        {
            if (result.Criterion.Level == RequirementLevel.Must && result.Counted is AnswerStatus.Unmet or AnswerStatus.Unknown)
            {
                mustNotMet.Add(result.Criterion.Id);
            }
        }

        var categoriesBelow = new List<CategoryScore>();
        foreach (CategoryScore category in tally.Categories)
        {
            if (category.Score is decimal s && s < policy.ConfirmedMinimumCategoryScore)
            {
                categoriesBelow.Add(category);
            }
        }

        bool kindEligible = false;
        foreach (AssessmentKind eligible in policy.ExemplaryAssessmentKinds)
        {
            kindEligible |= eligible == kind;
        }

        return new Standing(mustNotMet.AsReadOnly(), categoriesBelow.AsReadOnly(), kindEligible);
    }

    /// <summary>Step 3 (§6.3, reading 23): the level, each unmet condition of the next level a finding.</summary>
    /// <summary>A criterion in a finding: its id in JSON, its id and title in text.</summary>
    private static ArgumentValue Titled(Criterion criterion) => ArgumentValue.Titled(criterion.Id, criterion.Title, showId: true);

    private static CharterLevel DecideLevel(CharterDefinition charter, Standing standing, Tally tally, ScoringPolicy policy, AssessmentKind kind, ref Verdict verdict)
    {
        if (standing.MustNotMet.Count > 0)
        {
            foreach (string id in standing.MustNotMet)
            {
                verdict.Report(FindingCatalog.MustNotMet, "criterion", charter.TryGetCriterion(id, out Criterion? criterion) ? Titled(criterion) : id);
            }

            return CharterLevel.NonConforming;
        }

        if (tally.Score is not decimal published)
        {
            verdict.Report(FindingCatalog.NoApplicableCriteria);
            return CharterLevel.Signatory;
        }

        if (published < policy.ConfirmedMinimumScore || standing.CategoriesBelow.Count > 0)
        {
            if (published < policy.ConfirmedMinimumScore)
            {
                verdict.Report(FindingCatalog.ScoreBelowConfirmed, ("score", ArgumentValue.Score(published)), ("minimum", ArgumentValue.Score(policy.ConfirmedMinimumScore)));
            }

            foreach (CategoryScore category in standing.CategoriesBelow)
            {
                verdict.Report(
                    FindingCatalog.CategoryBelowMinimum,
                    ("category", charter.TryGetCategory(category.CategoryId, out CharterCategory? titled) ? ArgumentValue.Titled(titled.Id, titled.Title) : category.CategoryId),
                    ("score", ArgumentValue.Score(category.Score!.Value)),
                    ("minimum", ArgumentValue.Score(policy.ConfirmedMinimumCategoryScore)));
            }

            return CharterLevel.Signatory;
        }

        if (published < policy.ExemplaryMinimumScore || !standing.KindEligible)
        {
            if (published < policy.ExemplaryMinimumScore)
            {
                verdict.Report(FindingCatalog.ScoreBelowExemplary, ("score", ArgumentValue.Score(published)), ("minimum", ArgumentValue.Score(policy.ExemplaryMinimumScore)));
            }

            if (!standing.KindEligible)
            {
                verdict.Report(FindingCatalog.KindNotExemplary, "kind", ArgumentValue.Label(kind));
            }

            return CharterLevel.Confirmed;
        }

        return CharterLevel.Exemplary;
    }

    /// <summary>Step 4: what is missing for the level above the one decided (none above Exemplaire).</summary>
    private static LevelGap? DescribeGap(CharterDefinition charter, CharterLevel level, Standing standing, Tally tally, ScoringPolicy policy) => level switch
    {
        CharterLevel.NonConforming => LevelGap.ToSignatory(charter, standing.MustNotMet),
        CharterLevel.Signatory when tally.Score is not decimal => LevelGap.ToConfirmedWithoutScore(charter),
        CharterLevel.Signatory => LevelGap.ToConfirmed(
            charter,
            PointsNeeded(tally.Score!.Value, policy.ConfirmedMinimumScore),
            WeightNeeded(tally.Met, tally.Applicable, policy.ConfirmedMinimumScore),
            standing.CategoriesBelow),
        CharterLevel.Confirmed => LevelGap.ToExemplary(
            charter,
            PointsNeeded(tally.Score!.Value, policy.ExemplaryMinimumScore),
            WeightNeeded(tally.Met, tally.Applicable, policy.ExemplaryMinimumScore),
            assessmentKindRequired: !standing.KindEligible),
        _ => null,
    };

    internal static decimal? Percentage(int part, int whole) =>
        whole == 0 ? null : Invariant.OneDecimal(100m * part / whole);

    private static decimal PointsNeeded(decimal score, decimal threshold) =>
        score >= threshold ? 0.0m : Invariant.OneDecimal(threshold - score);

    private static int? WeightNeeded(int met, int applicable, decimal threshold)
    {
        for (int w = 0; met + w <= applicable; w++)
        {
            if (Percentage(met + w, applicable) >= threshold)
            {
                return w;
            }
        }

        return null;
    }

    /// <summary>The result of step 2.</summary>
    private readonly struct Tally
    {
        public Tally(int met, int applicable, decimal? score, decimal completion, IReadOnlyList<CategoryScore> categories)
        {
            Met = met;
            Applicable = applicable;
            Score = score;
            Completion = completion;
            Categories = categories;
        }

        public int Met { get; }

        public int Applicable { get; }

        public decimal? Score { get; }

        public decimal Completion { get; }

        public IReadOnlyList<CategoryScore> Categories { get; }
    }

    /// <summary>The conditions of the levels besides the score.</summary>
    private readonly struct Standing
    {
        public Standing(IReadOnlyList<string> mustNotMet, IReadOnlyList<CategoryScore> categoriesBelow, bool kindEligible)
        {
            MustNotMet = mustNotMet;
            CategoriesBelow = categoriesBelow;
            KindEligible = kindEligible;
        }

        public IReadOnlyList<string> MustNotMet { get; }

        public IReadOnlyList<CategoryScore> CategoriesBelow { get; }

        public bool KindEligible { get; }
    }
}
