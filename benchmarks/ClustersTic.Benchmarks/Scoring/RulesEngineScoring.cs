using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ClustersTic.Charter;
using RulesEngine.Models;

namespace ClustersTic.Benchmarks.Scoring;

/// <summary>Scoring with RulesEngine: a workflow with one rule per MUST criterion, generated once from the
/// charter; the score arithmetic is the shared code of <see cref="ScoringInput"/>.</summary>
public sealed class RulesEngineScoring
{
    private readonly RulesEngine.RulesEngine _engine;

    public RulesEngineScoring(CharterDefinition charter)
    {
        var rules = charter.Criteria.Where(c => c.Level == RequirementLevel.Must)
            .Select(c => new Rule { RuleName = c.Id, Expression = $"input1.IsMetOrNotApplicable(\"{c.Id}\")" })
            .ToList();
        Workflow workflow = new() { WorkflowName = "Scoring", Rules = rules };
        // Through JSON, as a cluster would store it.
        Workflow[] workflows = JsonSerializer.Deserialize<Workflow[]>(JsonSerializer.Serialize(new[] { workflow }))!;
        _engine = new RulesEngine.RulesEngine(workflows, new ReSettings());
    }

    public (decimal? Score, CharterLevel Level) Evaluate(ScoringInput input)
    {
        List<RuleResultTree> results = _engine.ExecuteAllRulesAsync("Scoring", input).AsTask().GetAwaiter().GetResult();
        bool mustMissing = results.Any(r => !r.IsSuccess);
        return (input.Score().Score, input.Level(mustMissing));
    }
}
