using System;
using ClustersTic.Companies;
using ClustersTic.Decisions;

namespace ClustersTic.Benchmarks.Eligibility;

/// <summary>What every implementation must agree on: the outcome and which rules failed or are unknown
/// (bit n = CO-n).</summary>
public readonly record struct EligibilityResult(Outcome Outcome, int Failed, int Unknown)
{
    public static EligibilityResult From(CompanyEligibilityDecision decision)
    {
        int failed = 0;
        int unknown = 0;
        foreach (Finding finding in decision.Findings)
        {
            int bit = 1 << (finding.RuleId[3] - '0');
            if (finding.Status == FindingStatus.Failed)
            {
                failed |= bit;
            }
            else if (finding.Status == FindingStatus.Unknown)
            {
                unknown |= bit;
            }
        }

        return new EligibilityResult(decision.Outcome, failed, unknown);
    }

    public static EligibilityResult From(int failed, int unknown) =>
        new(failed != 0 ? Outcome.Ineligible : unknown != 0 ? Outcome.Incomplete : Outcome.Eligible, failed, unknown);

    public override string ToString() => $"{Outcome} failed={Convert.ToString(Failed, 2)} unknown={Convert.ToString(Unknown, 2)}";
}
