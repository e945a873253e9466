using ClustersTic.Internal;
using NodaTime;

namespace ClustersTic.Companies;

/// <summary>A derogation by which a cluster counts a company as a digital provider although its activity
/// code is outside the digital sector list (rule CO-4).</summary>
/// <remarks>It counts only with a non-blank written justification and a grant date on or before the as-of
/// date (reading 14); otherwise it is ignored, with a finding. Immutable and thread-safe.</remarks>
public sealed record SectorDerogation
{
    /// <summary>Creates a derogation.</summary>
    /// <param name="clusterId">The id of the cluster that granted it.</param>
    /// <param name="justification">The written justification, or null.</param>
    /// <param name="grantedOn">The grant date, or null.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="clusterId"/> is null.</exception>
    public SectorDerogation(string clusterId, string? justification, LocalDate? grantedOn)
    {
        ClusterId = Preconditions.CheckNotNull(clusterId);
        Justification = justification;
        GrantedOn = grantedOn;
    }

    /// <summary>The id of the cluster that granted the derogation.</summary>
    public string ClusterId { get; }

    /// <summary>The written justification, or null.</summary>
    public string? Justification { get; }

    /// <summary>The grant date, or null.</summary>
    public LocalDate? GrantedOn { get; }

    /// <summary>True when the derogation counts on <paramref name="asOf"/>.</summary>
    internal bool IsValidOn(LocalDate asOf) => !string.IsNullOrWhiteSpace(Justification) && GrantedOn is LocalDate d && d <= asOf;
}
