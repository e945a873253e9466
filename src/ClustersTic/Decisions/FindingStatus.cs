namespace ClustersTic.Decisions;

/// <summary>What a finding says of its rule (rulebook §9).</summary>
public enum FindingStatus
{
    /// <summary>The rule is not met.</summary>
    Failed = 0,

    /// <summary>The rule cannot be checked: information is missing. Never read as "no".</summary>
    Unknown = 1,

    /// <summary>The finding informs; the rule is not failed.</summary>
    Information = 2,
}
