using System.Collections.Generic;

namespace ClustersTic.Organisations;

/// <summary>The parameters of the cluster admission rules (CL-1 to CL-4).</summary>
/// <remarks>Immutable and thread-safe; obtained from a loaded rule set.</remarks>
public sealed class ClusterAdmissionParameters
{
    internal ClusterAdmissionParameters(IReadOnlyList<OrganisationKind> admittedOrganisationKinds, decimal minimumProviderShare)
    {
        AdmittedOrganisationKinds = Internal.ReadOnly.Copy(admittedOrganisationKinds, nameof(admittedOrganisationKinds));
        MinimumProviderShare = minimumProviderShare;
    }

    /// <summary>The organisation kinds that are in a cluster dynamic (CL-2), in enumeration order.</summary>
    public IReadOnlyList<OrganisationKind> AdmittedOrganisationKinds { get; }

    /// <summary>The minimum share of digital providers among a cluster's members (CL-3), 0 to 1.</summary>
    public decimal MinimumProviderShare { get; }
}
