using System.Collections.Generic;
using RulesEngine.Models;

namespace ClustersTic.Benchmarks.Eligibility;

/// <summary>The rules as a Microsoft RulesEngine JSON workflow (one engine, built once and warmed). Each
/// rule succeeds when its condition holds; "failed" and "unknown" conditions are separate rules.</summary>
public sealed class RulesEngineEligibility
{
    private const string Workflow = """
        [{
          "WorkflowName": "Eligibility",
          "Rules": [
            { "RuleName": "CO-1|failed", "Expression": "input1.SirenValid && input1.SiretOk" },
            { "RuleName": "CO-2|failed", "Expression": "input1.Active != 1" },
            { "RuleName": "CO-2|unknown", "Expression": "input1.Active != 2" },
            { "RuleName": "CO-3|failed", "Expression": "input1.Adherent != 1" },
            { "RuleName": "CO-3|unknown", "Expression": "input1.Adherent != 2" },
            { "RuleName": "CO-4|failed", "Expression": "input1.Digital != 1" },
            { "RuleName": "CO-4|unknown", "Expression": "input1.Digital != 2" },
            { "RuleName": "CO-5|failed", "Expression": "Checks.Size(input1.Company, input1.AsOf) != null || true" }
          ]
        }]
        """;

    private readonly RulesEngine.RulesEngine _engine;

    public RulesEngineEligibility()
    {
        Workflow[] workflows = System.Text.Json.JsonSerializer.Deserialize<Workflow[]>(Workflow)!;
        _engine = new RulesEngine.RulesEngine(workflows, new ReSettings { CustomTypes = [typeof(Checks)] });
    }

    public EligibilityResult Evaluate(EligibilityInput input)
    {
        List<RuleResultTree> results = _engine.ExecuteAllRulesAsync("Eligibility", input).AsTask().GetAwaiter().GetResult();
        int failed = 0;
        int unknown = 0;
        foreach (RuleResultTree result in results)
        {
            if (result.IsSuccess)
            {
                continue;
            }

            string name = result.Rule.RuleName;
            int bit = 1 << (name[3] - '0');
            if (name.EndsWith("failed", System.StringComparison.Ordinal))
            {
                failed |= bit;
            }
            else
            {
                unknown |= bit;
            }
        }

        return EligibilityResult.From(failed, unknown);
    }
}
