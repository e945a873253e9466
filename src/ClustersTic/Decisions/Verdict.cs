using System.Collections.Generic;
using ClustersTic.Internal;

namespace ClustersTic.Decisions;

/// <summary>Accumulates rule results into a three-valued outcome (reading 11) — ineligible if any rule
/// failed, otherwise incomplete if any could not be checked, otherwise eligible — and, unless it is an
/// outcome-only verdict, collects the findings. The list is created at the first finding, so a decision without
/// findings allocates nothing here.</summary>
/// <remarks>The rules report each result with its finding's definition and arguments; an outcome-only verdict
/// (<see cref="OutcomeOnly"/>) records the result and makes no finding, so the same rule code serves a quick
/// decision and its later explanation, which therefore always agree.</remarks>
internal struct Verdict
{
    private readonly bool _outcomeOnly;
    private Finding[]? _findings;
    private int _count;

    private Verdict(bool outcomeOnly)
    {
        this = default;
        _outcomeOnly = outcomeOnly;
    }

    public bool AnyFailed { get; private set; }

    public bool AnyUnknown { get; private set; }

    public readonly Outcome Outcome => AnyFailed ? Outcome.Ineligible : AnyUnknown ? Outcome.Incomplete : Outcome.Eligible;

    /// <summary>True when findings are collected (a default verdict); false for an outcome-only verdict.</summary>
    public readonly bool Explains => !_outcomeOnly;

    /// <summary>The findings, in the order they were noted, as a list sharing the buffer.</summary>
    public readonly IReadOnlyList<Finding> Findings => _count == 0 ? ReadOnly.Empty<Finding>.List : new ArrayPrefix<Finding>(_findings!, _count);

    /// <summary>A verdict that records the outcome and collects no finding.</summary>
    public static Verdict OutcomeOnly() => new(outcomeOnly: true);

    public void Fail(Finding finding)
    {
        AnyFailed = true;
        Note(finding);
    }

    public void Fail(FindingDefinition definition)
    {
        AnyFailed = true;
        Note(definition);
    }

    public void Fail(FindingDefinition definition, string name, ArgumentValue value)
    {
        AnyFailed = true;
        Note(definition, name, value);
    }

    public void Fail(FindingDefinition definition, (string Name, ArgumentValue Value) first, (string Name, ArgumentValue Value) second)
    {
        AnyFailed = true;
        Note(definition, first, second);
    }

    public void Unknown(Finding finding)
    {
        AnyUnknown = true;
        Note(finding);
    }

    public void Unknown(FindingDefinition definition)
    {
        AnyUnknown = true;
        Note(definition);
    }

    public void Unknown(FindingDefinition definition, string name, ArgumentValue value)
    {
        AnyUnknown = true;
        Note(definition, name, value);
    }

    public void Unknown(FindingDefinition definition, (string Name, ArgumentValue Value) first, (string Name, ArgumentValue Value) second)
    {
        AnyUnknown = true;
        Note(definition, first, second);
    }

    public void Note(FindingDefinition definition)
    {
        if (!_outcomeOnly)
        {
            Add(Finding.Create(definition));
        }
    }

    public void Note(FindingDefinition definition, string name, ArgumentValue value)
    {
        if (!_outcomeOnly)
        {
            Add(Finding.Create(definition, name, value));
        }
    }

    public void Note(FindingDefinition definition, (string Name, ArgumentValue Value) first, (string Name, ArgumentValue Value) second)
    {
        if (!_outcomeOnly)
        {
            Add(Finding.Create(definition, first, second));
        }
    }

    public void Note(Finding finding)
    {
        if (!_outcomeOnly)
        {
            Add(finding);
        }
    }

    private void Add(Finding finding)
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
