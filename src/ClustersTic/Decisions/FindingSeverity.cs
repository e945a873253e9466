namespace ClustersTic.Decisions;

/// <summary>How much a finding weighs on a decision.</summary>
public enum FindingSeverity
{
    /// <summary>The finding decides the outcome: a rule failed (ineligible, non-conforming, suspended…).</summary>
    Blocking = 0,

    /// <summary>The finding needs attention: a rule could not be checked, or an input was corrected.</summary>
    Warning = 1,

    /// <summary>The finding explains the decision without changing it.</summary>
    Information = 2,
}
