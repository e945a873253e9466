using NodaTime;

namespace ClustersTic.Signatures;

/// <summary>The withdrawal of a signature, with its date and reason.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Withdrawal
{
    /// <summary>The withdrawal date.</summary>
    public required LocalDate On { get; init; }

    /// <summary>The reason, as recorded.</summary>
    public required string Reason { get; init; }
}
