using System.Collections.Generic;
using ClustersTic.Internal;

namespace ClustersTic.Decisions;

/// <summary>Accumulates rule results into a three-valued outcome (reading 11) — ineligible if any rule
/// failed, otherwise incomplete if any could not be checked, otherwise eligible — and collects the findings.
/// The list is created at the first finding, so a decision without findings allocates nothing here.</summary>
internal struct Verdict
{
    private List<Finding>? _findings;

    public bool AnyFailed { get; private set; }

    public bool AnyUnknown { get; private set; }

    public readonly Outcome Outcome => AnyFailed ? Outcome.Ineligible : AnyUnknown ? Outcome.Incomplete : Outcome.Eligible;

    public readonly int Count => _findings?.Count ?? 0;

    public readonly IReadOnlyList<Finding> Findings => _findings is null ? ReadOnly.Empty<Finding>.List : _findings.AsReadOnly();

    public void Fail(Finding finding)
    {
        AnyFailed = true;
        Note(finding);
    }

    public void Unknown(Finding finding)
    {
        AnyUnknown = true;
        Note(finding);
    }

    public void Note(Finding finding) => (_findings ??= new List<Finding>(4)).Add(finding);
}
