using System;
using System.Collections.Generic;
using ClustersTic.Decisions;
using ClustersTic.Internal;
using ClustersTic.RuleSets;

namespace ClustersTic.Charter;

/// <summary>Charter scoring: answer corrections (§6.1), score (§6.2), level (§6.3) and the gap to the next
/// level.</summary>
internal static class CharterScoring
{
    public static AssessmentResult Score(Assessment assessment, RuleSet ruleSet)
    {
        CharterDefinition charter = ruleSet.Charter;
        var findings = new List<Finding>();
        if (assessment.CharterVersion is string assessed && !string.Equals(assessed, charter.Version, StringComparison.Ordinal))
        {
            findings.Add(Finding.Create(FindingCatalog.AssessmentCharterMismatch, ("assessed", TextHelpers.Shorten(assessed)), ("charter", charter.Version)));
        }

        // Index the answers; answers to criteria the charter does not have are findings (reading 19).
        var answers = new Dictionary<string, Answer?>(StringComparer.Ordinal);
        foreach (Answer answer in assessment.Answers)
        {
            if (!charter.TryGetCriterion(answer.CriterionId, out _))
            {
                findings.Add(Finding.Create(FindingCatalog.AnswerUnknownCriterion, ("criterion", TextHelpers.Shorten(answer.CriterionId)), ("charter", charter.Version)));
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

        // §6.1: the status counted for each criterion; each correction is a finding, the input is unchanged.
        var results = new CriterionResult[charter.Criteria.Count];
        for (int i = 0; i < results.Length; i++)
        {
            Criterion criterion = charter.Criteria[i];
            bool answered = answers.TryGetValue(criterion.Id, out Answer? answer);
            AnswerStatus counted;
            if (!answered)
            {
                counted = AnswerStatus.Unknown;
                findings.Add(Finding.Create(FindingCatalog.AnswerMissing, "criterion", criterion.Id));
            }
            else if (answer is null)
            {
                counted = AnswerStatus.Unknown;
                findings.Add(Finding.Create(FindingCatalog.AnswerDuplicate, "criterion", criterion.Id));
            }
            else
            {
                counted = Correct(criterion, answer, findings);
            }

            results[i] = new CriterionResult(criterion, answered && answer is not null ? answer.Status : null, counted);
        }

        // §6.2: weighted scores, overall and per category.
        int met = 0;
        int applicable = 0;
        int known = 0;
        var categoryScores = new List<CategoryScore>(charter.Categories.Count);
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
            categoryScores.Add(new CategoryScore(category.Id, categoryMet, categoryApplicable, Percentage(categoryMet, categoryApplicable)));
        }

        foreach (CriterionResult result in results)
        {
            if (result.Counted != AnswerStatus.Unknown)
            {
                known++;
            }
        }

        decimal? score = Percentage(met, applicable);
        decimal completion = Percentage(known, results.Length) ?? 0.0m;

        // §6.3: level, and what is missing to the next one.
        ScoringPolicy policy = ruleSet.Scoring;
        var mustNotMet = new List<string>();
        foreach (CriterionResult result in results)
        {
            if (result.Criterion.Level == RequirementLevel.Must && result.Counted is AnswerStatus.Unmet or AnswerStatus.Unknown)
            {
                mustNotMet.Add(result.Criterion.Id);
            }
        }

        var categoriesBelow = new List<CategoryScore>();
        foreach (CategoryScore category in categoryScores)
        {
            if (category.Score is decimal s && s < policy.ConfirmedMinimumCategoryScore)
            {
                categoriesBelow.Add(category);
            }
        }

        bool kindEligible = false;
        foreach (AssessmentKind kind in policy.ExemplaryAssessmentKinds)
        {
            kindEligible |= kind == assessment.Kind;
        }

        CharterLevel level;
        LevelGap? gap;
        if (mustNotMet.Count > 0)
        {
            level = CharterLevel.NonConforming;
            foreach (string id in mustNotMet)
            {
                findings.Add(Finding.Create(FindingCatalog.MustNotMet, "criterion", id));
            }

            gap = new LevelGap(CharterLevel.Signatory, mustNotMet.AsReadOnly(), null, null, ReadOnly.Empty<CategoryScore>.List, false);
        }
        else if (score is not decimal published)
        {
            // Reading 23: nothing applicable at all, no score, at most Signataire.
            level = CharterLevel.Signatory;
            findings.Add(Finding.Create(FindingCatalog.NoApplicableCriteria));
            gap = new LevelGap(CharterLevel.Confirmed, ReadOnly.Empty<string>.List, null, null, ReadOnly.Empty<CategoryScore>.List, false);
        }
        else if (published < policy.ConfirmedMinimumScore || categoriesBelow.Count > 0)
        {
            level = CharterLevel.Signatory;
            if (published < policy.ConfirmedMinimumScore)
            {
                findings.Add(Finding.Create(FindingCatalog.ScoreBelowConfirmed, ("score", Invariant.Score(published)), ("minimum", Invariant.Score(policy.ConfirmedMinimumScore))));
            }

            foreach (CategoryScore category in categoriesBelow)
            {
                findings.Add(Finding.Create(
                    FindingCatalog.CategoryBelowMinimum,
                    ("category", category.CategoryId),
                    ("score", Invariant.Score(category.Score!.Value)),
                    ("minimum", Invariant.Score(policy.ConfirmedMinimumCategoryScore))));
            }

            gap = new LevelGap(CharterLevel.Confirmed, ReadOnly.Empty<string>.List, PointsNeeded(published, policy.ConfirmedMinimumScore), WeightNeeded(met, applicable, policy.ConfirmedMinimumScore), categoriesBelow.AsReadOnly(), false);
        }
        else if (published < policy.ExemplaryMinimumScore || !kindEligible)
        {
            level = CharterLevel.Confirmed;
            if (published < policy.ExemplaryMinimumScore)
            {
                findings.Add(Finding.Create(FindingCatalog.ScoreBelowExemplary, ("score", Invariant.Score(published)), ("minimum", Invariant.Score(policy.ExemplaryMinimumScore))));
            }

            if (!kindEligible)
            {
                findings.Add(Finding.Create(FindingCatalog.KindNotExemplary, "kind", assessment.Kind.ToString()));
            }

            gap = new LevelGap(CharterLevel.Exemplary, ReadOnly.Empty<string>.List, PointsNeeded(published, policy.ExemplaryMinimumScore), WeightNeeded(met, applicable, policy.ExemplaryMinimumScore), ReadOnly.Empty<CategoryScore>.List, !kindEligible);
        }
        else
        {
            level = CharterLevel.Exemplary;
            gap = null;
        }

        return new AssessmentResult(assessment, ruleSet, score, categoryScores.AsReadOnly(), completion, level, gap, results, findings.AsReadOnly());
    }

    private static AnswerStatus Correct(Criterion criterion, Answer answer, List<Finding> findings)
    {
        switch (answer.Status)
        {
            case AnswerStatus.NotApplicable when !criterion.NotApplicableAllowed:
                findings.Add(Finding.Create(FindingCatalog.AnswerNotApplicableNotAllowed, "criterion", criterion.Id));
                return AnswerStatus.Unmet;
            case AnswerStatus.NotApplicable when string.IsNullOrWhiteSpace(answer.Justification):
                findings.Add(Finding.Create(FindingCatalog.AnswerNotApplicableWithoutJustification, "criterion", criterion.Id));
                return AnswerStatus.Unknown;
            case AnswerStatus.Met when criterion.EvidenceRequired && string.IsNullOrWhiteSpace(answer.Evidence):
                findings.Add(Finding.Create(FindingCatalog.AnswerMetWithoutEvidence, "criterion", criterion.Id));
                return AnswerStatus.Unknown;
            case AnswerStatus.Met or AnswerStatus.Unmet or AnswerStatus.NotApplicable or AnswerStatus.Unknown:
                return answer.Status;
            default:
                throw new ArgumentOutOfRangeException(nameof(answer), answer.Status, $"The answer to {criterion.Id} has an undefined status.");
        }
    }

    /// <summary>100 × part / whole, rounded half away from zero to one decimal; null when whole is 0.</summary>
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
}
