using System.Collections.Generic;
using ClustersTic.Internal;
using NodaTime;

namespace ClustersTic.Charter;

/// <summary>A company's assessment against the charter.</summary>
/// <remarks>Immutable: the answer list is copied when set, and exposed read-only. Equality is by value, answers compared item by item. Thread-safe.</remarks>
public sealed record Assessment
{
    private readonly IReadOnlyList<Answer> _answers = ReadOnly.Empty<Answer>.List;

    /// <summary>The assessed company's SIREN, as given.</summary>
    public required string CompanySiren { get; init; }

    /// <summary>The version of the charter answered (<see cref="CharterDefinition.Version"/>), or null when not
    /// given. A version other than the scoring rule set's charter version adds a mismatch finding.</summary>
    public string? CharterVersion { get; init; }

    /// <summary>The assessment date.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Self-assessment, peer review or external audit.</summary>
    public required AssessmentKind Kind { get; init; }

    /// <summary>One answer per criterion; a criterion without an answer counts as Unknown.</summary>
    public IReadOnlyList<Answer> Answers
    {
        get => _answers;
        init => _answers = ReadOnly.Copy(value, nameof(Answers));
    }

    /// <summary>Value equality: every property, answers compared item by item.</summary>
    /// <param name="other">The other assessment.</param>
    /// <returns>True when both hold the same values.</returns>
    public bool Equals(Assessment? other) => other is not null
        && ValueEquality.Text(CompanySiren, other.CompanySiren)
        && ValueEquality.Text(CharterVersion, other.CharterVersion)
        && Date == other.Date
        && Kind == other.Kind
        && ValueEquality.Lists(Answers, other.Answers);

    /// <summary>A hash consistent with <see cref="Equals(Assessment?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => unchecked((ValueEquality.Hash(CompanySiren) * 31) + Date.GetHashCode() + ValueEquality.Hash(Answers));
}
