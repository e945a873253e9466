namespace ClustersTic.Charter;

/// <summary>The level an assessment reaches (rulebook §6.3), lowest first.</summary>
public enum CharterLevel
{
    /// <summary>Non conforme: an applicable MUST criterion is not met.</summary>
    NonConforming = 0,

    /// <summary>Signataire: every applicable MUST criterion is met.</summary>
    Signatory = 1,

    /// <summary>Confirmé: Signataire, score at least 75.0 and every scored category at least 50.0 (v1).</summary>
    Confirmed = 2,

    /// <summary>Exemplaire: Confirmé, score at least 90.0, and a peer review or an external audit (v1).</summary>
    Exemplary = 3,
}
