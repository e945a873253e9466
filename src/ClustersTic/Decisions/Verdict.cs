using System.Collections.Generic;
using ClustersTic.Internal;

namespace ClustersTic.Decisions;

/// <summary>
/// The one way every rule family (cluster admission, company eligibility, charter scoring, signature
/// lifecycle) reports what it finds: <c>Report(definition, arguments…)</c>. The finding's status, taken from the
/// finding table, also makes the three-valued outcome (reading 11) — ineligible if any failed, otherwise
/// incomplete if any is unknown, otherwise eligible — so rule code never says twice whether a rule failed.
/// </summary>
/// <remarks>
/// <para>An outcome-only verdict (<see cref="OutcomeOnly"/>) records the outcome and makes no finding: company
/// eligibility decides with one and makes its findings later by running the same rule code with a collecting
/// verdict. The rule code does not know which kind it reports to; the two passes agreeing is checked by a
/// property test over generated inputs (<c>ExplanationAgreementPropertyTests</c>).</para>
/// <para>The findings list is created at the first finding, so a decision without findings allocates nothing
/// here. The overloads by number of arguments only avoid an array for the common cases.</para>
/// </remarks>
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

    /// <summary>The findings, in the order they were reported, as a list sharing the buffer.</summary>
    public readonly IReadOnlyList<Finding> Findings => _count == 0 ? ReadOnly.Empty<Finding>.List : new ArrayPrefix<Finding>(_findings!, _count);

    /// <summary>A verdict that records the outcome and collects no finding.</summary>
    public static Verdict OutcomeOnly() => new(outcomeOnly: true);

    public void Report(FindingDefinition definition)
    {
        if (Record(definition))
        {
            Add(Finding.Create(definition));
        }
    }

    public void Report(FindingDefinition definition, string name, ArgumentValue value)
    {
        if (Record(definition))
        {
            Add(Finding.Create(definition, name, value));
        }
    }

    public void Report(FindingDefinition definition, (string Name, ArgumentValue Value) first, (string Name, ArgumentValue Value) second)
    {
        if (Record(definition))
        {
            Add(Finding.Create(definition, first, second));
        }
    }

    public void Report(FindingDefinition definition, params (string Name, ArgumentValue Value)[] arguments)
    {
        if (Record(definition))
        {
            Add(Finding.Create(definition, arguments));
        }
    }

    /// <summary>Records the definition's status in the outcome; true when the finding is to be made.</summary>
    private bool Record(FindingDefinition definition)
    {
        switch (definition.Status)
        {
            case FindingStatus.Failed:
                AnyFailed = true;
                break;
            case FindingStatus.Unknown:
                AnyUnknown = true;
                break;
        }

        return !_outcomeOnly;
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
