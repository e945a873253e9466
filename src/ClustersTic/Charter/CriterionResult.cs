namespace ClustersTic.Charter;

/// <summary>How one criterion was counted: the answer given and the status after the corrections of §6.1.</summary>
/// <remarks>Immutable and thread-safe. The input is never changed: the correction is only recorded here and
/// in a finding.</remarks>
public sealed class CriterionResult
{
    internal CriterionResult(Criterion criterion, AnswerStatus? given, AnswerStatus counted)
    {
        Criterion = criterion;
        Given = given;
        Counted = counted;
    }

    /// <summary>The criterion.</summary>
    public Criterion Criterion { get; }

    /// <summary>The answer given, or null when the criterion was not answered.</summary>
    public AnswerStatus? Given { get; }

    /// <summary>The status counted in the score (a missing answer counts as Unknown; N/A not allowed as
    /// Unmet; N/A without justification or Met without required evidence as Unknown).</summary>
    public AnswerStatus Counted { get; }
}
