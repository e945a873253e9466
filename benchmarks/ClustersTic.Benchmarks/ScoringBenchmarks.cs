using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ClustersTic.Charter;

namespace ClustersTic.Benchmarks;

/// <summary>Scoring a complete assessment of the v1 charter (34 criteria) four ways: the library, a
/// hand-written scorer (baseline), FluentValidation and RulesEngine (MUST criteria as rules, shared score
/// arithmetic). <see cref="Setup"/> checks that all four give the same score and level.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private BenchmarkData _data = null!;
    private Criterion[] _criteria = null!;
    private Dictionary<string, int> _categoryIndex = null!;
    private Scoring.FluentValidationScoring _fluent = null!;
    private Scoring.RulesEngineScoring _rulesEngine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = new BenchmarkData(batchSize: 0);
        _criteria = [.. _data.Rules.GetRuleSet().Charter.Criteria];
        _categoryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (CharterCategory category in _data.Rules.GetRuleSet().Charter.Categories)
        {
            _categoryIndex.Add(category.Id, _categoryIndex.Count);
        }

        _fluent = new Scoring.FluentValidationScoring(_data.Rules.GetRuleSet().Charter);
        _rulesEngine = new Scoring.RulesEngineScoring(_data.Rules.GetRuleSet().Charter);
        AssessmentResult library = _data.Rules.Score(_data.Assessment);
        (decimal? score, CharterLevel level) = HandWritten();
        (decimal? Score, CharterLevel Level) fv = FluentValidation();
        (decimal? Score, CharterLevel Level) re = RulesEngine();
        if (library.Score != score || library.Level != level || fv != (score, level) || re != (score, level))
        {
            throw new InvalidOperationException($"Scoring disagrees: library {library.Score} {library.Level}, hand-written {score} {level}, FluentValidation {fv}, RulesEngine {re}.");
        }

        Console.WriteLine($"// Verified: all four score {score} ({level}).");
    }

    [Benchmark(Baseline = true)]
    public (decimal? Score, CharterLevel Level) HandWritten()
    {
        Assessment assessment = _data.Assessment;
        Span<int> met = stackalloc int[_categoryIndex.Count];
        Span<int> applicable = stackalloc int[_categoryIndex.Count];
        bool mustMissing = false;
        IReadOnlyList<Answer> answers = assessment.Answers;
        for (int i = 0; i < _criteria.Length; i++)
        {
            Criterion c = _criteria[i];
            Answer? a = null;
            for (int j = 0; j < answers.Count; j++)
            {
                if (answers[j].CriterionId == c.Id)
                {
                    a = answers[j];
                    break;
                }
            }

            AnswerStatus status = a is null ? AnswerStatus.Unknown : a.Status;
            if (status == AnswerStatus.NotApplicable)
            {
                status = !c.NotApplicableAllowed ? AnswerStatus.Unmet : string.IsNullOrWhiteSpace(a!.Justification) ? AnswerStatus.Unknown : status;
            }
            else if (status == AnswerStatus.Met && c.EvidenceRequired && string.IsNullOrWhiteSpace(a!.Evidence))
            {
                status = AnswerStatus.Unknown;
            }

            int k = _categoryIndex[c.CategoryId];
            if (status != AnswerStatus.NotApplicable)
            {
                applicable[k] += c.Weight;
                if (status == AnswerStatus.Met)
                {
                    met[k] += c.Weight;
                }
                else if (c.Level == RequirementLevel.Must)
                {
                    mustMissing = true;
                }
            }
        }

        int totalMet = 0;
        int totalApplicable = 0;
        bool categoriesOk = true;
        for (int k = 0; k < met.Length; k++)
        {
            totalMet += met[k];
            totalApplicable += applicable[k];
            if (applicable[k] > 0 && Math.Round(100m * met[k] / applicable[k], 1, MidpointRounding.AwayFromZero) < 50.0m)
            {
                categoriesOk = false;
            }
        }

        decimal? score = totalApplicable == 0 ? null : Math.Round(100m * totalMet / totalApplicable, 1, MidpointRounding.AwayFromZero);
        CharterLevel level = mustMissing ? CharterLevel.NonConforming
            : score is not decimal s || s < 75.0m || !categoriesOk ? CharterLevel.Signatory
            : s < 90.0m || assessment.Kind == AssessmentKind.SelfAssessment ? CharterLevel.Confirmed
            : CharterLevel.Exemplary;
        return (score, level);
    }

    [Benchmark]
    public AssessmentResult ClustersTic() => _data.Rules.Score(_data.Assessment);

    [Benchmark]
    public (decimal? Score, CharterLevel Level) FluentValidation() =>
        _fluent.Evaluate(new Scoring.ScoringInput(_data.Assessment, _criteria));

    [Benchmark]
    public (decimal? Score, CharterLevel Level) RulesEngine() =>
        _rulesEngine.Evaluate(new Scoring.ScoringInput(_data.Assessment, _criteria));
}
