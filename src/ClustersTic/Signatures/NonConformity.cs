using NodaTime;

namespace ClustersTic.Signatures;

/// <summary>A non-conformity raised against a signature.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record NonConformity
{
    /// <summary>An id, unique within the signature, used in findings.</summary>
    public required string Id { get; init; }

    /// <summary>Minor or major, as raised.</summary>
    public required NonConformitySeverity Severity { get; init; }

    /// <summary>The date it was raised.</summary>
    public required LocalDate RaisedOn { get; init; }

    /// <summary>The date it was lifted, or null while open.</summary>
    public LocalDate? LiftedOn { get; init; }

    /// <summary>What raised it.</summary>
    public NonConformitySource Source { get; init; }
}
