using System.Collections.Generic;
using ClustersTic.Internal;

namespace ClustersTic.Decisions;

/// <summary>Accumulates rule results into a three-valued outcome (reading 11) — ineligible if any rule
/// failed, otherwise incomplete if any could not be checked, otherwise eligible — and collects the findings.
/// The list is created at the first finding, so a decision without findings allocates nothing here.</summary>
internal struct Verdict
{
    private Finding[]? _findings;
    private int _count;

    public bool AnyFailed { get; private set; }

    public bool AnyUnknown { get; private set; }

    public readonly Outcome Outcome => AnyFailed ? Outcome.Ineligible : AnyUnknown ? Outcome.Incomplete : Outcome.Eligible;

    public readonly int Count => _count;

    /// <summary>The buffer holding the findings (the first <see cref="Count"/> items), or null when there are
    /// none; handed to the decision, which nothing else writes to.</summary>
    public readonly Finding[]? Buffer => _findings;

    /// <summary>The findings, in the order they were noted, as a list sharing the buffer.</summary>
    public readonly IReadOnlyList<Finding> Findings => _count == 0 ? ReadOnly.Empty<Finding>.List : new ArrayPrefix<Finding>(_findings!, _count);

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

    public void Note(Finding finding)
    {
        if (_findings is null)
        {
            _findings = new Finding[8];
        }
        else if (_count == _findings.Length)
        {
            System.Array.Resize(ref _findings, _count * 2);
        }

        _findings[_count++] = finding;
    }
}
