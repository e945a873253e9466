using System.Linq;
using ClustersTic.Charter;
using ClustersTic.RuleSets;
using ClustersTic.Tests.Support;
using CsCheck;
using static ClustersTic.Tests.Support.Fixtures;

namespace ClustersTic.Tests.Properties;

/// <summary>Properties of scoring that hold for every assessment of the v1 charter.</summary>
public sealed class ScoringPropertyTests
{
    private static readonly Criterion[] Criteria = V1.Charter.Criteria.ToArray();

    private static readonly Gen<AnswerStatus> Status = Gen.Enum<AnswerStatus>();

    /// <summary>An assessment where each criterion gets a random status (N/A justified, evidence given).</summary>
    private static readonly Gen<Assessment> Assessments =
        Gen.Select(Status.Array[Criteria.Length], Gen.Enum<AssessmentKind>()).Select((statuses, kind) => new Assessment
        {
            CompanySiren = "732829320",
            Date = D(2026, 3, 1),
            Kind = kind,
            Answers = Criteria.Select((c, i) => new Answer
            {
                CriterionId = c.Id,
                Status = statuses[i],
                Justification = "justified",
                Evidence = "doc",
            }).ToArray(),
        });

    private static Assessment WithStatus(Assessment a, int index, AnswerStatus status) =>
        a with { Answers = a.Answers.Select((x, i) => i == index ? x with { Status = status } : x).ToArray() };

    [Fact]
    public void UnmetToMet_NeverLowersTheScoreOrTheLevel()
    {
        Gen.Select(Assessments, Gen.Int[0, Criteria.Length - 1]).Sample((assessment, index) =>
        {
            Assessment unmet = WithStatus(assessment, index, AnswerStatus.Unmet);
            Assessment met = WithStatus(assessment, index, AnswerStatus.Met);
            AssessmentResult before = Rules.Score(unmet);
            AssessmentResult after = Rules.Score(met);
            (after.Score ?? 0m).Should().BeGreaterThanOrEqualTo(before.Score ?? 0m);
            ((int)after.Level).Should().BeGreaterThanOrEqualTo((int)before.Level);
        }, iter: 300);
    }

    [Fact]
    public void ValidNotApplicable_NeverChangesTheOtherCriteriasContribution()
    {
        Gen.Select(Assessments, Gen.Int[0, Criteria.Length - 1]).Where((_, i) => Criteria[i].NotApplicableAllowed).Sample((assessment, index) =>
        {
            AssessmentResult na = Rules.Score(WithStatus(assessment, index, AnswerStatus.NotApplicable));
            AssessmentResult unmet = Rules.Score(WithStatus(assessment, index, AnswerStatus.Unmet));
            int weight = Criteria[index].Weight;
            string category = Criteria[index].CategoryId;
            foreach (CategoryScore c in na.Categories)
            {
                CategoryScore u = unmet.Categories.Single(x => x.CategoryId == c.CategoryId);
                c.MetWeight.Should().Be(u.MetWeight);
                c.ApplicableWeight.Should().Be(u.ApplicableWeight - (c.CategoryId == category ? weight : 0));
            }

            na.Criteria.Where((_, i) => i != index).Select(r => r.Counted).Should().Equal(unmet.Criteria.Where((_, i) => i != index).Select(r => r.Counted));
        }, iter: 300);
    }

    [Fact]
    public void RaisingAThreshold_NeverRaisesTheLevel()
    {
        RuleSet raised = RuleSetText.Build(r =>
        {
            r["scoring"]!["confirmed"]!["minimumScore"] = 85.0m;
            r["scoring"]!["confirmed"]!["minimumCategoryScore"] = 60.0m;
            r["scoring"]!["exemplary"]!["minimumScore"] = 95.0m;
        });
        var strict = new ConsortiumRules(raised, Clock);
        Assessments.Sample(assessment => ((int)strict.Score(assessment).Level).Should().BeLessThanOrEqualTo((int)Rules.Score(assessment).Level), iter: 300);
    }
}
