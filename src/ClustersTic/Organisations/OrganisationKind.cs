namespace ClustersTic.Organisations;

/// <summary>What kind of organisation a cluster applicant is (rule CL-2, "cluster dynamic").</summary>
public enum OrganisationKind
{
    /// <summary>A cluster (grappe d'entreprises).</summary>
    Cluster = 0,

    /// <summary>A competitiveness pole (pôle de compétitivité).</summary>
    CompetitivenessPole = 1,

    /// <summary>A company club (club d'entreprises): not a cluster dynamic.</summary>
    CompanyClub = 2,

    /// <summary>An association aimed at companies that <em>use</em> ICT: not an ICT providers' cluster.</summary>
    IctUserAssociation = 3,

    /// <summary>A network of CIOs (réseau de DSI): not an ICT providers' cluster.</summary>
    CioNetwork = 4,

    /// <summary>Any other kind of organisation.</summary>
    Other = 5,
}
