using System.Collections.Generic;
using ClustersTic.Internal;
using NodaTime;

namespace ClustersTic.Signatures;

/// <summary>A company's signature of the charter and its history.</summary>
/// <remarks>Immutable: lists are copied when set, and exposed read-only. Equality is by value, lists compared item by item. Thread-safe.</remarks>
public sealed record Signature
{
    private readonly IReadOnlyList<LocalDate>? _reviews;
    private readonly IReadOnlyList<NonConformity> _nonConformities = ReadOnly.Empty<NonConformity>.List;
    private readonly IReadOnlyList<RenewalAssessment> _renewals = ReadOnly.Empty<RenewalAssessment>.List;

    /// <summary>The signatory company's SIREN, as given.</summary>
    public required string CompanySiren { get; init; }

    /// <summary>The version of the charter the signature was granted under
    /// (<see cref="Charter.CharterDefinition.Version"/>), or null when not given.</summary>
    public string? CharterVersion { get; init; }

    /// <summary>The grant date: the date of the assessment at Signataire or above.</summary>
    public required LocalDate GrantedOn { get; init; }

    /// <summary>The dates annual reviews (self-assessments) were submitted, or null when not given (the
    /// default). An empty list means "no review yet"; null makes every review window that has opened unknown
    /// (LC-2), never missed (reading 31).</summary>
    public IReadOnlyList<LocalDate>? Reviews
    {
        get => _reviews;
        init => _reviews = value is null ? null : ReadOnly.Copy(value, nameof(Reviews));
    }

    /// <summary>The non-conformities raised, lifted or not; empty when none was raised (none recorded means
    /// none raised: a non-conformity exists only once the consortium's process records it).</summary>
    public IReadOnlyList<NonConformity> NonConformities
    {
        get => _nonConformities;
        init => _nonConformities = ReadOnly.Copy(value, nameof(NonConformities));
    }

    /// <summary>The assessments submitted to renew the signature.</summary>
    public IReadOnlyList<RenewalAssessment> Renewals
    {
        get => _renewals;
        init => _renewals = ReadOnly.Copy(value, nameof(Renewals));
    }

    /// <summary>The withdrawal, or null.</summary>
    public Withdrawal? Withdrawal { get; init; }

    /// <summary>Value equality: every property, lists compared item by item (null and empty reviews differ).</summary>
    /// <param name="other">The other signature.</param>
    /// <returns>True when both hold the same values.</returns>
    public bool Equals(Signature? other) => other is not null
        && ValueEquality.Text(CompanySiren, other.CompanySiren)
        && ValueEquality.Text(CharterVersion, other.CharterVersion)
        && GrantedOn == other.GrantedOn
        && ValueEquality.Lists(Reviews, other.Reviews)
        && ValueEquality.Lists(NonConformities, other.NonConformities)
        && ValueEquality.Lists(Renewals, other.Renewals)
        && Equals(Withdrawal, other.Withdrawal);

    /// <summary>A hash consistent with <see cref="Equals(Signature?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => unchecked((ValueEquality.Hash(CompanySiren) * 31) + GrantedOn.GetHashCode() + ValueEquality.Hash(Reviews));
}
