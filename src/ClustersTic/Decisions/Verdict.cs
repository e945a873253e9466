using System.Collections.Generic;

namespace ClustersTic.Decisions;

/// <summary>Accumulates rule results into a three-valued outcome (reading 11): ineligible if any rule failed,
/// otherwise incomplete if any could not be checked, otherwise eligible.</summary>
internal struct Verdict
{
    public bool AnyFailed { get; private set; }

    public bool AnyUnknown { get; private set; }

    public readonly Outcome Outcome => AnyFailed ? Outcome.Ineligible : AnyUnknown ? Outcome.Incomplete : Outcome.Eligible;

    public void Fail(List<Finding> findings, Finding finding)
    {
        AnyFailed = true;
        findings.Add(finding);
    }

    public void Unknown(List<Finding> findings, Finding finding)
    {
        AnyUnknown = true;
        findings.Add(finding);
    }
}
