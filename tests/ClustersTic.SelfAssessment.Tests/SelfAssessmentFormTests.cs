using System.Linq;
using Bunit;
using ClustersTic.Charter;
using ClustersTic.DataSets;
using ClustersTic.RuleSets;
using ClustersTic.SelfAssessment.Components;
using ClustersTic.SelfAssessment.Model;
using ClustersTic.Text;
using NodaTime;

namespace ClustersTic.SelfAssessment.Tests;

/// <summary>The self-assessment form's logic, rendered with bUnit (issue 17, points 2–5): the form comes from the
/// charter, the live result is the library's, the corrections are the library's findings.</summary>
public sealed class SelfAssessmentFormTests : BunitContext
{
    private static readonly LocalDate Today = new(2026, 12, 3);
    private static readonly RuleSet V1 = RuleSetCatalog.Embedded.Get("v1");

    public SelfAssessmentFormTests() => JSInterop.Mode = JSRuntimeMode.Loose;

    private IRenderedComponent<SelfAssessmentForm> RenderForm(Language language = Language.French) =>
        Render<SelfAssessmentForm>(p => p.Add(f => f.InitialDate, Today).Add(f => f.KeepDraft, false).Add(f => f.InitialLanguage, language));

    [Fact]
    public void TheForm_IsTheCharter_CategoriesInOrder_EachCriterionWithItsAllowedAnswers()
    {
        IRenderedComponent<SelfAssessmentForm> cut = RenderForm();
        CharterDefinition charter = V1.Charter;

        cut.FindAll("fieldset.category > legend").Select(l => l.TextContent)
            .Should().Equal(charter.Categories.Select(c => c.Title.In(Language.French)));
        cut.FindAll("fieldset.criterion").Should().HaveCount(charter.Criteria.Count);
        foreach (Criterion criterion in charter.Criteria)
        {
            cut.FindAll($"#answer-{criterion.Id}-NotApplicable").Should().HaveCount(criterion.NotApplicableAllowed ? 1 : 0, "N/A is offered only where {0} allows it", criterion.Id);
            cut.Find($"#criterion-{criterion.Id} legend").TextContent.Should().Contain(criterion.Title.In(Language.French));
        }

        cut.Find("#completion").TextContent.Should().Be("0,0\u202F%");
    }

    [Fact]
    public void AnsweringEveryCriterion_GivesTheLibrarysScoreAndLevel()
    {
        IRenderedComponent<SelfAssessmentForm> cut = RenderForm();
        var answers = new System.Collections.Generic.List<Answer>();
        int i = 0;
        foreach (Criterion criterion in V1.Charter.Criteria)
        {
            AnswerStatus status = i++ % 5 == 4 && criterion.Level != RequirementLevel.Must ? AnswerStatus.Unmet : AnswerStatus.Met;
            cut.Find($"#answer-{criterion.Id}-{status}").Change(true);
            string? evidence = null;
            if (status == AnswerStatus.Met && criterion.EvidenceRequired)
            {
                evidence = "Procédure " + criterion.Id;
                cut.Find($"#evidence-{criterion.Id}").Change(evidence);
            }

            answers.Add(new Answer { CriterionId = criterion.Id, Status = status, Evidence = evidence });
        }

        AssessmentResult expected = new ConsortiumRules(V1, NodaTime.SystemClock.Instance).Score(new Assessment
        {
            CompanySiren = string.Empty,
            CharterVersion = V1.Charter.Version,
            Date = Today,
            Kind = AssessmentKind.SelfAssessment,
            Answers = answers,
        });
        cut.Find("#level").TextContent.Should().Be(Labels.Get(expected.Level, Language.French));
        cut.Find("#score").TextContent.Should().Be(Prose.OneDecimal(expected.Score!.Value, Language.French) + "/100");
        cut.Find("#completion").TextContent.Should().Be("100,0\u202F%");
        cut.Find("#next-level").TextContent.Should().Be(expected.NextLevel!.Describe(Language.French));
        cut.FindAll(".corrections").Should().BeEmpty("every answer is complete");
    }

    [Fact]
    public void NotApplicableWithoutJustification_ShowsTheLibrarysCorrection_InTheChosenLanguage()
    {
        Criterion criterion = V1.Charter.Criteria.First(c => c.NotApplicableAllowed);
        IRenderedComponent<SelfAssessmentForm> cut = RenderForm();
        cut.Find($"#answer-{criterion.Id}-NotApplicable").Change(true);

        string french = cut.Find($"#corrections-{criterion.Id}").TextContent;
        french.Should().Contain(criterion.Id);
        cut.Find($"#criterion-{criterion.Id}").GetAttribute("aria-describedby").Should().Contain($"corrections-{criterion.Id}");

        cut.Find("#lang-en").Click();
        cut.Find($"#corrections-{criterion.Id}").TextContent.Should().NotBe(french).And.Contain(criterion.Id);

        cut.Find($"#justification-{criterion.Id}").Change("Nous ne vendons pas de matériel.");
        cut.FindAll($"#corrections-{criterion.Id}").Should().BeEmpty("the justification answers the correction");
    }

    [Fact]
    public void MetWithoutRequiredEvidence_IsCorrected_AndTheEvidenceFieldIsOfferedOnlyWhereRequired()
    {
        Criterion withEvidence = V1.Charter.Criteria.First(c => c.EvidenceRequired);
        Criterion without = V1.Charter.Criteria.First(c => !c.EvidenceRequired);
        IRenderedComponent<SelfAssessmentForm> cut = RenderForm(Language.English);
        cut.Find($"#answer-{withEvidence.Id}-Met").Change(true);
        cut.Find($"#answer-{without.Id}-Met").Change(true);

        cut.FindAll($"#evidence-{withEvidence.Id}").Should().HaveCount(1);
        cut.FindAll($"#evidence-{without.Id}").Should().BeEmpty();
        cut.Find($"#corrections-{withEvidence.Id}").TextContent.Should().Contain(withEvidence.Id);
    }

    [Fact]
    public void TheFrenchPage_HasFrenchTypography_AndTheEnglishOneEnglishConventions()
    {
        IRenderedComponent<SelfAssessmentForm> cut = RenderForm();
        cut.Find(".level").TextContent.Should().StartWith("Niveau\u00A0: ");
        cut.Find("#lang-en").Click();
        cut.Find(".level").TextContent.Should().StartWith("Level: ");
        cut.Find("#lang-en").GetAttribute("aria-pressed").Should().Be("true");
    }

    [Fact]
    public void TheSavedFile_IsADataSetTheLibraryScoresTheSame_AndOpensBackIntoTheSameAnswers()
    {
        var draft = new AssessmentDraft(V1, Today) { CompanySiren = "732829320", CompanyName = "Atelier Web Forez", Kind = AssessmentKind.PeerReview };
        foreach (Criterion criterion in V1.Charter.Criteria)
        {
            draft[criterion.Id].Status = AnswerStatus.Met;
            draft[criterion.Id].Evidence = criterion.EvidenceRequired ? "Preuve" : string.Empty;
        }

        string json = draft.ToDataSetJson();
        DataSet loaded = DataSet.Parse(json);
        AssessmentResult fromFile = new ConsortiumRules(V1, NodaTime.SystemClock.Instance).Score(loaded.Assessments.Single());
        fromFile.Score.Should().Be(draft.Score().Score);
        fromFile.Level.Should().Be(CharterLevel.Exemplary);

        AssessmentDraft reopened = AssessmentDraft.FromDataSetJson(json, RuleSetCatalog.Embedded);
        reopened.ToDataSetJson().Should().Be(json);
    }
}
