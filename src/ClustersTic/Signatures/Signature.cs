using System.Collections.Generic;
using ClustersTic.Internal;
using NodaTime;

namespace ClustersTic.Signatures;

/// <summary>A company's signature of the charter and its history.</summary>
/// <remarks>Immutable: lists are copied when set. Thread-safe.</remarks>
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
}
