namespace ClustersTic.Organisations;

/// <summary>Whom a cluster declares it gathers (rule CL-3).</summary>
public enum ClusterAudience
{
    /// <summary>Digital providers (ESN/SSII, integrators, agencies, software publishers…): admitted.</summary>
    DigitalProviders = 0,

    /// <summary>Companies that use ICT: not admitted.</summary>
    IctUsers = 1,

    /// <summary>CIOs (DSI): not admitted.</summary>
    Cios = 2,

    /// <summary>Any other audience: not admitted.</summary>
    Other = 3,
}
