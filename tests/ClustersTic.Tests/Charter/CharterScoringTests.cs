using System.Collections.Generic;
using System.Linq;
using ClustersTic.Charter;
using ClustersTic.Decisions;
using ClustersTic.RuleSets;
using ClustersTic.Tests.Support;
using static ClustersTic.Tests.Support.Fixtures;

namespace ClustersTic.Tests.Charter;

public sealed class CharterScoringTests
{
    private static Answer Met(Criterion c) => new() { CriterionId = c.Id, Status = AnswerStatus.Met, Evidence = c.EvidenceRequired ? "doc-" + c.Id : null };

    private static Assessment AllMet(RuleSet ruleSet, AssessmentKind kind = AssessmentKind.PeerReview) => new()
    {
        CompanySiren = "732829320",
        CharterVersion = ruleSet.Charter.Version,
        Date = D(2026, 3, 1),
        Kind = kind,
        Answers = ruleSet.Charter.Criteria.Select(Met).ToArray(),
    };

    private static Assessment With(Assessment assessment, string criterionId, Answer? answer)
    {
        var answers = assessment.Answers.Where(a => a.CriterionId != criterionId).ToList();
        if (answer is not null)
        {
            answers.Add(answer);
        }

        return assessment with { Answers = answers };
    }

    /// <summary>The first n criteria of each category Met (n given per category), the others Unmet.</summary>
    private static Assessment MetCount(RuleSet ruleSet, Dictionary<string, int> metPerCategory, AssessmentKind kind = AssessmentKind.PeerReview) => new()
    {
        CompanySiren = "732829320",
        Date = D(2026, 3, 1),
        Kind = kind,
        Answers = ruleSet.Charter.Criteria.Select(c => new Answer
        {
            CriterionId = c.Id,
            Status = int.Parse(c.Id.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture) <= metPerCategory[c.CategoryId] ? AnswerStatus.Met : AnswerStatus.Unmet,
        }).ToArray(),
    };

    private static AssessmentResult Score(Assessment a, RuleSet? ruleSet = null) => new ConsortiumRules(ruleSet ?? V1, Clock).Score(a);

    [Fact]
    public void AllMet_PeerReview_IsExemplary_SelfAssessment_IsConfirmed()
    {
        AssessmentResult peer = Score(AllMet(V1));
        peer.Score.Should().Be(100.0m);
        peer.Completion.Should().Be(100.0m);
        peer.Level.Should().Be(CharterLevel.Exemplary);
        peer.NextLevel.Should().BeNull();
        peer.Findings.Should().BeEmpty();
        peer.Categories.Should().OnlyContain(c => c.Score == 100.0m);

        AssessmentResult self = Score(AllMet(V1, AssessmentKind.SelfAssessment));
        self.Level.Should().Be(CharterLevel.Confirmed);
        self.NextLevel!.AssessmentKindRequired.Should().BeTrue();
        Codes(self).Should().Equal(FindingCodes.KindNotExemplary);
    }

    [Fact]
    public void MustUnmet_WithEverythingElseMet_IsNonConforming()
    {
        AssessmentResult result = Score(With(AllMet(V1), "OFFER-2", new Answer { CriterionId = "OFFER-2", Status = AnswerStatus.Unmet }));
        result.Score.Should().BeGreaterThan(95m);
        result.Level.Should().Be(CharterLevel.NonConforming);
        result.NextLevel!.TargetLevel.Should().Be(CharterLevel.Signatory);
        result.NextLevel.MustCriteriaNotMet.Should().Equal("OFFER-2");
        Codes(result).Should().Equal(FindingCodes.MustNotMet);

        // The gap and the finding name the criterion with its title, in both languages (issue 15, point 6).
        string title = V1.Charter.Criteria.Single(c => c.Id == "OFFER-2").Title.French;
        result.NextLevel.Describe(ClustersTic.Text.Language.French).Should().Be($"Pour atteindre le niveau Signataire\u00A0: critères obligatoires à satisfaire\u00A0: OFFER-2 ({title})");
        result.NextLevel.Describe(ClustersTic.Text.Language.English).Should().StartWith("To reach Signatory: MUST criteria to meet: OFFER-2 (");
        result.Findings[0].GetMessage(ClustersTic.Text.Language.French).Should().Contain($"OFFER-2 ({title})");
        result.Findings[0].GetArgument("criterion").Should().Be("OFFER-2", "JSON and arguments keep the id");
    }

    [Fact]
    public void MustUnmet_AtAPublishedScoreOf100_IsNonConforming()
    {
        // 1,000 weight-1 criteria, MUST A-1 unmet: 999/1000 = 99.9; with 2,001 criteria 2000/2001 publishes 100.0.
        RuleSet big = TestCharters.Uniform(("A", 2001));
        AssessmentResult result = Score(MetCount(big, new Dictionary<string, int> { ["A"] = 2001 }) is var a ? With(a, "A-1", new Answer { CriterionId = "A-1", Status = AnswerStatus.Unmet }) : null!, big);
        result.Score.Should().Be(100.0m);
        result.Level.Should().Be(CharterLevel.NonConforming);
    }

    [Theory]
    [InlineData(749, 74.9, CharterLevel.Signatory)]
    [InlineData(750, 75.0, CharterLevel.Confirmed)]
    [InlineData(899, 89.9, CharterLevel.Confirmed)]
    [InlineData(900, 90.0, CharterLevel.Exemplary)]
    public void LevelBoundaries_OnTheOverallScore(int met, double score, CharterLevel level)
    {
        RuleSet ruleSet = TestCharters.Uniform(("A", 1000));
        AssessmentResult result = Score(MetCount(ruleSet, new Dictionary<string, int> { ["A"] = met }), ruleSet);
        result.Score.Should().Be((decimal)score);
        result.Level.Should().Be(level);
    }

    [Theory]
    [InlineData(499, 49.9, CharterLevel.Signatory)]
    [InlineData(500, 50.0, CharterLevel.Exemplary)]
    public void LevelBoundaries_OnTheCategoryMinimum(int metInB, double categoryScore, CharterLevel level)
    {
        // A: 1,000 of 1,000; B: metInB of 1,000; overall >= 74.95 in both cases, so only the category decides… for Confirmé.
        RuleSet ruleSet = TestCharters.Uniform(("A", 1000), ("B", 1000));
        RuleSet lowThresholds = RuleSetText.Build(r =>
        {
            r["charter"] = System.Text.Json.Nodes.JsonNode.Parse(ruleSet.ToJson())!["charter"]!.DeepClone();
            r["scoring"]!["confirmed"]!["minimumScore"] = 70.0m;
            r["scoring"]!["exemplary"]!["minimumScore"] = 74.0m;
        });
        AssessmentResult result = Score(MetCount(lowThresholds, new Dictionary<string, int> { ["A"] = 1000, ["B"] = metInB }), lowThresholds);
        result.Categories.Single(c => c.CategoryId == "B").Score.Should().Be((decimal)categoryScore);
        result.Level.Should().Be(level);
        if (level == CharterLevel.Signatory)
        {
            result.NextLevel!.CategoriesBelowMinimum.Select(c => c.CategoryId).Should().Equal("B");
            Codes(result).Should().Equal(FindingCodes.CategoryBelowMinimum);
            string title = lowThresholds.Charter.Categories.Single(c => c.Id == "B").Title.In(ClustersTic.Text.Language.English);
            result.NextLevel.Describe(ClustersTic.Text.Language.English).Should().Be($"To reach Confirmed: categories below the minimum: {title}");
            result.Findings[0].GetMessage(ClustersTic.Text.Language.English).Should().Contain($"'{title}' scores 49.9");
            result.Findings[0].GetMessage(ClustersTic.Text.Language.French).Should().Contain("score de 49,9\u00A0:");
        }
    }

    [Fact]
    public void Score_RoundsHalfAwayFromZero_7125PublishesAs713()
    {
        RuleSet ruleSet = TestCharters.Uniform(("A", 80));
        AssessmentResult result = Score(MetCount(ruleSet, new Dictionary<string, int> { ["A"] = 57 }), ruleSet);
        result.Score.Should().Be(71.3m);
        result.Score!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("71.3");
    }

    [Fact]
    public void Thresholds_CompareThePublishedScore_7495IsConfirmed()
    {
        RuleSet ruleSet = TestCharters.Uniform(("A", 2000));
        AssessmentResult result = Score(MetCount(ruleSet, new Dictionary<string, int> { ["A"] = 1499 }), ruleSet);
        result.Score.Should().Be(75.0m);
        result.Level.Should().Be(CharterLevel.Confirmed);
    }

    [Fact]
    public void ThresholdsAreRuleSetData_RaisingTheConfirmedThresholdByOneTenthMissesIt()
    {
        RuleSet ruleSet = TestCharters.Uniform(("A", 1000));
        Assessment assessment = MetCount(ruleSet, new Dictionary<string, int> { ["A"] = 800 });
        Score(assessment, ruleSet).Level.Should().Be(CharterLevel.Confirmed);
        RuleSet raised = RuleSetText.Build(r =>
        {
            r["charter"] = System.Text.Json.Nodes.JsonNode.Parse(ruleSet.ToJson())!["charter"]!.DeepClone();
            r["scoring"]!["confirmed"]!["minimumScore"] = 80.1m;
        });
        AssessmentResult result = Score(assessment, raised);
        result.Level.Should().Be(CharterLevel.Signatory);
        result.NextLevel!.ScorePointsNeeded.Should().Be(0.1m);
        result.NextLevel.WeightNeeded.Should().Be(1);
    }

    [Fact]
    public void Corrections_AreFindings_AndTheInputIsUnchanged()
    {
        Assessment assessment = AllMet(V1);
        assessment = With(assessment, "OFFER-1", new Answer { CriterionId = "OFFER-1", Status = AnswerStatus.NotApplicable, Justification = "no offer" }); // N/A not allowed → Unmet
        assessment = With(assessment, "NEEDS-3", new Answer { CriterionId = "NEEDS-3", Status = AnswerStatus.NotApplicable, Justification = "  " }); // no justification → Unknown
        assessment = With(assessment, "OFFER-2", new Answer { CriterionId = "OFFER-2", Status = AnswerStatus.Met, Evidence = " " }); // no evidence → Unknown
        assessment = With(assessment, "QUALITY-3", null); // missing → Unknown
        assessment = With(assessment, "SKILLS-2", new Answer { CriterionId = "SKILLS-2", Status = AnswerStatus.Unknown }); // explicit Unknown: no finding
        assessment = assessment with { Answers = assessment.Answers.Append(new Answer { CriterionId = "XYZ-9", Status = AnswerStatus.Met }).ToArray() };
        Answer[] before = assessment.Answers.ToArray();

        AssessmentResult result = Score(assessment);

        assessment.Answers.Should().Equal(before);
        Codes(result).Should().Contain(new[]
        {
            FindingCodes.AnswerUnknownCriterion, FindingCodes.AnswerNotApplicableWithoutJustification, FindingCodes.AnswerNotApplicableNotAllowed,
            FindingCodes.AnswerMetWithoutEvidence, FindingCodes.AnswerMissing,
        });
        Codes(result).Should().NotContain(c => c.StartsWith("SC-1", System.StringComparison.Ordinal) && result.Findings.Any(f => f.Code == c && f.GetArgument("criterion") == "SKILLS-2"));
        CriterionResult Counted(string id) => result.Criteria.Single(c => c.Criterion.Id == id);
        Counted("OFFER-1").Counted.Should().Be(AnswerStatus.Unmet);
        Counted("OFFER-1").Given.Should().Be(AnswerStatus.NotApplicable);
        Counted("NEEDS-3").Counted.Should().Be(AnswerStatus.Unknown);
        Counted("OFFER-2").Counted.Should().Be(AnswerStatus.Unknown);
        Counted("QUALITY-3").Counted.Should().Be(AnswerStatus.Unknown);
        Counted("QUALITY-3").Given.Should().BeNull();
        result.Level.Should().Be(CharterLevel.NonConforming);
        result.NextLevel!.MustCriteriaNotMet.Should().Equal("OFFER-1", "OFFER-2");
    }

    [Fact]
    public void DuplicateAnswer_CountsAsUnknown()
    {
        Assessment assessment = AllMet(V1);
        assessment = assessment with { Answers = assessment.Answers.Append(new Answer { CriterionId = "NEEDS-1", Status = AnswerStatus.Unmet }).ToArray() };
        AssessmentResult result = Score(assessment);
        result.Criteria.Single(c => c.Criterion.Id == "NEEDS-1").Counted.Should().Be(AnswerStatus.Unknown);
        Codes(result).Should().Contain(FindingCodes.AnswerDuplicate);
    }

    [Fact]
    public void ValidNotApplicable_IsLeftOutOfTheScore_AndAMustWithValidNaDoesNotBlock()
    {
        // OFFER-5 (MUST, weight 2, N/A allowed) answered N/A with a justification.
        Assessment assessment = With(AllMet(V1), "OFFER-5", new Answer { CriterionId = "OFFER-5", Status = AnswerStatus.NotApplicable, Justification = "Aucune sous-traitance" });
        AssessmentResult result = Score(assessment);
        result.Level.Should().Be(CharterLevel.Exemplary);
        result.Score.Should().Be(100.0m);
        result.Completion.Should().Be(100.0m, "a valid N/A counts as answered");
        CategoryScore offer = result.Categories.Single(c => c.CategoryId == "OFFER");
        offer.ApplicableWeight.Should().Be(V1.Charter.Criteria.Where(c => c.CategoryId == "OFFER").Sum(c => c.Weight) - 2);
    }

    [Fact]
    public void Score_IsWeighted_AndCompletionIsCounted()
    {
        // Unknown on a weight-3 criterion and a weight-1 criterion.
        Assessment assessment = With(With(AllMet(V1), "NEEDS-3", new Answer { CriterionId = "NEEDS-3", Status = AnswerStatus.Unknown }), "DELIVERY-8", new Answer { CriterionId = "DELIVERY-8", Status = AnswerStatus.Unmet });
        int total = V1.Charter.Criteria.Sum(c => c.Weight);
        AssessmentResult result = Score(assessment);
        result.Score.Should().Be(ClustersTic.Internal.Invariant.OneDecimal(100m * (total - 2) / total));
        result.Completion.Should().Be(ClustersTic.Internal.Invariant.OneDecimal(100m * (V1.Charter.Criteria.Count - 1) / V1.Charter.Criteria.Count));
    }

    [Fact]
    public void CategoryWithNothingApplicable_HasNoScoreAndIsIgnored()
    {
        RuleSet ruleSet = TestCharters.Uniform(("A", 4), ("B", 2));
        Assessment assessment = MetCount(ruleSet, new Dictionary<string, int> { ["A"] = 4, ["B"] = 0 });
        assessment = assessment with
        {
            Answers = assessment.Answers.Select(a => a.CriterionId.StartsWith('B') ? a with { Status = AnswerStatus.NotApplicable, Justification = "n/a" } : a).ToArray(),
        };
        AssessmentResult result = Score(assessment, ruleSet);
        result.Categories.Single(c => c.CategoryId == "B").Score.Should().BeNull();
        result.Score.Should().Be(100.0m);
        result.Level.Should().Be(CharterLevel.Exemplary);
    }

    [Fact]
    public void NothingApplicable_HasNoScore_AndIsAtMostSignatory()
    {
        RuleSet ruleSet = TestCharters.Uniform(("A", 3));
        Assessment assessment = new()
        {
            CompanySiren = "732829320",
            Date = D(2026, 3, 1),
            Kind = AssessmentKind.ExternalAudit,
            Answers = ruleSet.Charter.Criteria.Select(c => new Answer { CriterionId = c.Id, Status = AnswerStatus.NotApplicable, Justification = "n/a" }).ToArray(),
        };
        AssessmentResult result = Score(assessment, ruleSet);
        result.Score.Should().BeNull();
        result.Level.Should().Be(CharterLevel.Signatory);
        Codes(result).Should().Equal(FindingCodes.NoApplicableCriteria);
    }

    [Fact]
    public void NextLevel_FromSignatory_SaysPointsWeightAndCategories()
    {
        RuleSet ruleSet = TestCharters.Uniform(("A", 10), ("B", 10));
        AssessmentResult result = Score(MetCount(ruleSet, new Dictionary<string, int> { ["A"] = 10, ["B"] = 4 }), ruleSet);
        result.Score.Should().Be(70.0m);
        result.Level.Should().Be(CharterLevel.Signatory);
        result.NextLevel!.TargetLevel.Should().Be(CharterLevel.Confirmed);
        result.NextLevel.ScorePointsNeeded.Should().Be(5.0m);
        result.NextLevel.WeightNeeded.Should().Be(1);
        result.NextLevel.CategoriesBelowMinimum.Select(c => c.CategoryId).Should().Equal("B");
        Codes(result).Should().Equal(FindingCodes.ScoreBelowConfirmed, FindingCodes.CategoryBelowMinimum);
    }

    [Fact]
    public void CharterMismatch_IsAFinding()
    {
        AssessmentResult result = Score(AllMet(V1) with { CharterVersion = "2" });
        Codes(result).Should().Equal(FindingCodes.AssessmentCharterMismatch);
        result.AsOf.Should().Be(D(2026, 3, 1));
    }

    [Fact]
    public void Reading36_V1AndV2_CarryTheSameCharterVersion()
    {
        V1.Charter.Id.Should().Be("charte-bonnes-pratiques");
        V2.Charter.Id.Should().Be(V1.Charter.Id);
        V2.Charter.Version.Should().Be(V1.Charter.Version).And.Be("1");
        V2.Charter.Criteria.Select(c => c.Id).Should().Equal(V1.Charter.Criteria.Select(c => c.Id));
    }

    [Fact]
    public void Reading36_AnAssessmentOfTheCharterVersion_IsScoredByEveryRuleSetCarryingIt_WithoutMismatch()
    {
        Assessment assessment = AllMet(V1);
        assessment.CharterVersion.Should().Be("1");
        AssessmentResult underV1 = new ConsortiumRules(V1, Clock).Score(assessment);
        AssessmentResult underV2 = new ConsortiumRules(V2, Clock).Score(assessment);
        Codes(underV2).Should().NotContain(FindingCodes.AssessmentCharterMismatch);
        Codes(underV1).Should().NotContain(FindingCodes.AssessmentCharterMismatch);
        underV2.Score.Should().Be(underV1.Score);
        underV2.Level.Should().Be(underV1.Level);
        underV2.RuleSetId.Should().Be("v2");
    }

    [Fact]
    public void Reading36_AnotherCharterVersion_IsAMismatchNamingBothVersions()
    {
        AssessmentResult result = new ConsortiumRules(V2, Clock).Score(AllMet(V1) with { CharterVersion = "v1" });
        Explained(result).Should().Equal($"{FindingCodes.AssessmentCharterMismatch} assessed=v1 charter=1");
    }

    [Fact]
    public void Reading36_AGrant_NamesTheCharterVersion()
    {
        new ConsortiumRules(V2, Clock).Grant(AllMet(V1)).CharterVersion.Should().Be("1");
    }

    [Fact]
    public void Grant_NeedsSignatoryOrAbove()
    {
        Rules.Grant(AllMet(V1)).GrantedOn.Should().Be(D(2026, 3, 1));
        FluentActions.Invoking(() => Rules.Grant(With(AllMet(V1), "NEEDS-1", null)))
            .Should().Throw<System.InvalidOperationException>().WithMessage("*NEEDS-1*");
    }
}
