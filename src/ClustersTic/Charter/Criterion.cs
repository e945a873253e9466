using ClustersTic.Text;

namespace ClustersTic.Charter;

/// <summary>One criterion of the charter.</summary>
/// <remarks>Immutable and thread-safe; obtained from a loaded rule set.</remarks>
public sealed class Criterion
{
    internal Criterion(
        string id,
        string categoryId,
        RequirementLevel level,
        int weight,
        bool evidenceRequired,
        bool notApplicableAllowed,
        LocalizedText title,
        LocalizedText text)
    {
        Id = id;
        CategoryId = categoryId;
        Level = level;
        Weight = weight;
        EvidenceRequired = evidenceRequired;
        NotApplicableAllowed = notApplicableAllowed;
        Title = title;
        Text = text;
    }

    /// <summary>The criterion's id, such as <c>OFFER-2</c>.</summary>
    public string Id { get; }

    /// <summary>The id of the category it belongs to.</summary>
    public string CategoryId { get; }

    /// <summary>MUST, SHOULD or MAY.</summary>
    public RequirementLevel Level { get; }

    /// <summary>The weight in the score, 1 to 3.</summary>
    public int Weight { get; }

    /// <summary>True when a Met answer must give an evidence reference (otherwise it counts as Unknown).</summary>
    public bool EvidenceRequired { get; }

    /// <summary>True when the criterion may be answered N/A, with a justification.</summary>
    public bool NotApplicableAllowed { get; }

    /// <summary>The short title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The full text of the requirement.</summary>
    public LocalizedText Text { get; }

    /// <summary>The id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
