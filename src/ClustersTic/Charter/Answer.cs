namespace ClustersTic.Charter;

/// <summary>The answer to one criterion of an assessment.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Answer
{
    /// <summary>The criterion's id, such as <c>OFFER-2</c>.</summary>
    public required string CriterionId { get; init; }

    /// <summary>Met, Unmet, N/A or Unknown.</summary>
    public required AnswerStatus Status { get; init; }

    /// <summary>The justification (required for N/A); white space only counts as missing.</summary>
    public string? Justification { get; init; }

    /// <summary>The evidence reference (required for Met on some criteria); white space only counts as missing.</summary>
    public string? Evidence { get; init; }
}
