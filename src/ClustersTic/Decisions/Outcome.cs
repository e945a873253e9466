namespace ClustersTic.Decisions;

/// <summary>The three-valued outcome of an eligibility or admission decision.</summary>
public enum Outcome
{
    /// <summary>Every rule is met.</summary>
    Eligible = 0,

    /// <summary>At least one rule failed.</summary>
    Ineligible = 1,

    /// <summary>No rule failed, but at least one could not be checked: information is missing.</summary>
    Incomplete = 2,
}
