namespace ClustersTic.Charter;

/// <summary>How binding a charter criterion is (RFC 2119 words, as in the best criteria catalogues).</summary>
public enum RequirementLevel
{
    /// <summary>MUST: required for signing.</summary>
    Must = 0,

    /// <summary>SHOULD: expected; counts in the score.</summary>
    Should = 1,

    /// <summary>MAY: optional; counts in the score.</summary>
    May = 2,
}
