using ClustersTic.Charter;
using NodaTime;

namespace ClustersTic.Signatures;

/// <summary>An assessment submitted to renew a signature, with the level it reached.</summary>
/// <remarks>It renews the signature when at Signataire or above and dated within the renewal window before
/// expiry (v1: the last P6M). Immutable and thread-safe.</remarks>
public sealed record RenewalAssessment
{
    /// <summary>The assessment date.</summary>
    public required LocalDate AssessedOn { get; init; }

    /// <summary>The level the assessment reached (see <see cref="ConsortiumRules.Score(Charter.Assessment)"/>).</summary>
    public required CharterLevel Level { get; init; }
}
