namespace ClustersTic.Charter;

/// <summary>The answer to one criterion (rulebook §6.1).</summary>
public enum AnswerStatus
{
    /// <summary>The criterion is met.</summary>
    Met = 0,

    /// <summary>The criterion is not met.</summary>
    Unmet = 1,

    /// <summary>The criterion does not apply (needs a justification, and the criterion must allow it).</summary>
    NotApplicable = 2,

    /// <summary>Not known. A missing answer is Unknown; Unknown counts as not met.</summary>
    Unknown = 3,
}
