using System;
using System.Collections.Generic;
using ClustersTic.Charter;

namespace ClustersTic.Benchmarks.Scoring;

/// <summary>An assessment prepared for the general-purpose engines: each criterion with the status counted
/// after the §6.1 corrections, and the score arithmetic they cannot express (shared by both).</summary>
public sealed class ScoringInput
{
    private readonly Dictionary<string, AnswerStatus> _counted = new(StringComparer.Ordinal);

    public ScoringInput(Assessment assessment, IReadOnlyList<Criterion> criteria)
    {
        Assessment = assessment;
        Criteria = criteria;
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (Answer a in assessment.Answers)
        {
            answers[a.CriterionId] = a;
        }

        foreach (Criterion c in criteria)
        {
            AnswerStatus status = answers.TryGetValue(c.Id, out Answer? a) ? a.Status : AnswerStatus.Unknown;
            if (status == AnswerStatus.NotApplicable)
            {
                status = !c.NotApplicableAllowed ? AnswerStatus.Unmet : string.IsNullOrWhiteSpace(a!.Justification) ? AnswerStatus.Unknown : status;
            }
            else if (status == AnswerStatus.Met && c.EvidenceRequired && string.IsNullOrWhiteSpace(a!.Evidence))
            {
                status = AnswerStatus.Unknown;
            }

            _counted[c.Id] = status;
        }
    }

    public Assessment Assessment { get; }

    public IReadOnlyList<Criterion> Criteria { get; }

    public bool IsMetOrNotApplicable(string criterionId) => _counted[criterionId] is AnswerStatus.Met or AnswerStatus.NotApplicable;

    /// <summary>The weighted score and whether every category reaches 50.0 (v1).</summary>
    public (decimal? Score, bool CategoriesOk) Score()
    {
        var met = new Dictionary<string, int>(StringComparer.Ordinal);
        var applicable = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Criterion c in Criteria)
        {
            AnswerStatus s = _counted[c.Id];
            if (s == AnswerStatus.NotApplicable)
            {
                continue;
            }

            applicable[c.CategoryId] = applicable.GetValueOrDefault(c.CategoryId) + c.Weight;
            met[c.CategoryId] = met.GetValueOrDefault(c.CategoryId) + (s == AnswerStatus.Met ? c.Weight : 0);
        }

        int totalMet = 0;
        int totalApplicable = 0;
        bool ok = true;
        foreach ((string category, int weight) in applicable)
        {
            totalMet += met[category];
            totalApplicable += weight;
            ok &= weight == 0 || Math.Round(100m * met[category] / weight, 1, MidpointRounding.AwayFromZero) >= 50.0m;
        }

        return (totalApplicable == 0 ? null : Math.Round(100m * totalMet / totalApplicable, 1, MidpointRounding.AwayFromZero), ok);
    }

    /// <summary>The level once the MUST criteria are known to be met or not.</summary>
    public CharterLevel Level(bool mustMissing)
    {
        if (mustMissing)
        {
            return CharterLevel.NonConforming;
        }

        (decimal? score, bool ok) = Score();
        return score is not decimal s || s < 75.0m || !ok ? CharterLevel.Signatory
            : s < 90.0m || Assessment.Kind == AssessmentKind.SelfAssessment ? CharterLevel.Confirmed
            : CharterLevel.Exemplary;
    }
}
