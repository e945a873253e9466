using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClustersTic.Charter;
using ClustersTic.DataSets;
using ClustersTic.Decisions;
using ClustersTic.RuleSets;
using NodaTime;

namespace ClustersTic.SelfAssessment.Model;

/// <summary>One criterion's answer as the form holds it: not answered (null), Met, Unmet or N/A, with the texts.</summary>
public sealed class AnswerDraft
{
    public AnswerStatus? Status { get; set; }

    public string Justification { get; set; } = string.Empty;

    public string Evidence { get; set; } = string.Empty;
}

/// <summary>The form's state: who, when, which kind of assessment, and an answer per criterion of the charter in
/// force. Everything the form shows about the rules — the score, the level, the corrections — comes from
/// <see cref="Score"/>, which is the library's own scoring; nothing here re-states a rule.</summary>
public sealed class AssessmentDraft
{
    private readonly Dictionary<string, AnswerDraft> _answers = new(StringComparer.Ordinal);

    public AssessmentDraft(RuleSet ruleSet, LocalDate date)
    {
        RuleSet = ruleSet;
        Date = date;
        foreach (Criterion criterion in ruleSet.Charter.Criteria)
        {
            _answers[criterion.Id] = new AnswerDraft();
        }
    }

    public RuleSet RuleSet { get; }

    public string CompanySiren { get; set; } = string.Empty;

    public string CompanyName { get; set; } = string.Empty;

    /// <summary>Whether the answers can be saved as a data set: the library's data set needs the company (its
    /// SIREN) that the assessment is about.</summary>
    public bool CanSave => CompanySiren.Trim().Length > 0;

    public LocalDate Date { get; set; }

    public AssessmentKind Kind { get; set; } = AssessmentKind.SelfAssessment;

    public AnswerDraft this[string criterionId] => _answers[criterionId];

    /// <summary>The assessment the answers make: unanswered criteria are left out (the library counts them as
    /// missing answers, SC-1), texts trimmed, empty texts not given.</summary>
    public Assessment ToAssessment() => new()
    {
        CompanySiren = CompanySiren.Trim(),
        CharterVersion = RuleSet.Charter.Version,
        Date = Date,
        Kind = Kind,
        Answers = RuleSet.Charter.Criteria
            .Where(c => _answers[c.Id].Status is not null)
            .Select(c => new Answer
            {
                CriterionId = c.Id,
                Status = _answers[c.Id].Status!.Value,
                Justification = Blank(_answers[c.Id].Justification),
                Evidence = Blank(_answers[c.Id].Evidence),
            })
            .ToList(),
    };

    /// <summary>The library's result for the answers as they stand.</summary>
    public AssessmentResult Score() => new ConsortiumRules(RuleSet, SystemClock.Instance).Score(ToAssessment());

    /// <summary>The findings of a result that concern one criterion (their <c>criterion</c> argument).</summary>
    public static IEnumerable<Finding> FindingsFor(AssessmentResult result, string criterionId) =>
        result.Findings.Where(f => string.Equals(f.GetArgument("criterion"), criterionId, StringComparison.Ordinal));

    /// <summary>The answers as the data-set JSON the library and <c>clusters-tic assess</c> read: the company
    /// (SIREN and name; the SIREN stands for the name when none is given) and its assessment.</summary>
    public string ToDataSetJson()
    {
        string siren = CompanySiren.Trim();
        Companies.Company[] companies = siren.Length == 0
            ? []
            : [new Companies.Company { Siren = siren, Name = CompanyName.Trim().Length > 0 ? CompanyName.Trim() : siren }];
        return new DataSet([], companies, [ToAssessment()], []).ToJson();
    }

    /// <summary>Answers read back from a data set's first assessment. Throws the library's
    /// <see cref="DataSetValidationException"/> when the file does not load (its problems say where).</summary>
    public static AssessmentDraft FromDataSetJson(string json, RuleSetCatalog catalog)
    {
        DataSet dataSet = DataSet.Parse(json);
        Assessment assessment = dataSet.Assessments.Count > 0
            ? dataSet.Assessments[0]
            : throw new InvalidDataException("The file holds no assessment.");
        RuleSet ruleSet = catalog.RuleSets.FirstOrDefault(r => r.Charter.Version == assessment.CharterVersion) ?? catalog.GetInForce(assessment.Date);
        var draft = new AssessmentDraft(ruleSet, assessment.Date)
        {
            CompanySiren = assessment.CompanySiren,
            CompanyName = dataSet.Companies.FirstOrDefault(c => c.Siren == assessment.CompanySiren)?.Name ?? string.Empty,
            Kind = assessment.Kind,
        };
        foreach (Answer answer in assessment.Answers)
        {
            if (draft._answers.TryGetValue(answer.CriterionId, out AnswerDraft? slot))
            {
                slot.Status = answer.Status;
                slot.Justification = answer.Justification ?? string.Empty;
                slot.Evidence = answer.Evidence ?? string.Empty;
            }
        }

        return draft;
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
