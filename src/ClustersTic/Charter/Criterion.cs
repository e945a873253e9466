using System;
using ClustersTic.Text;

namespace ClustersTic.Charter;

/// <summary>One criterion of the charter.</summary>
/// <remarks>Immutable and thread-safe; obtained from a loaded rule set.</remarks>
public sealed class Criterion
{
    /// <summary>Creates a criterion, to author a charter in code (<see cref="RuleSets.RuleSetBuilder.Criteria"/>).
    /// Its values are checked when the rule set is built: an id of letters, digits, <c>.</c> or <c>-</c>, unique;
    /// a known category; a weight of 1, 2 or 3.</summary>
    /// <param name="id">The criterion's id, such as <c>GOV-01</c>.</param>
    /// <param name="categoryId">The id of its category.</param>
    /// <param name="level">MUST, SHOULD or MAY.</param>
    /// <param name="weight">Its weight in the score.</param>
    /// <param name="evidenceRequired">True when a Met answer needs evidence.</param>
    /// <param name="notApplicableAllowed">True when it may be answered N/A (with a justification).</param>
    /// <param name="title">Its title in French and English.</param>
    /// <param name="text">Its text in French and English.</param>
    /// <exception cref="ArgumentNullException">A text argument is null.</exception>
    public Criterion(
        string id,
        string categoryId,
        RequirementLevel level,
        int weight,
        bool evidenceRequired,
        bool notApplicableAllowed,
        LocalizedText title,
        LocalizedText text)
    {
        Id = Internal.Preconditions.CheckNotNull(id);
        CategoryId = Internal.Preconditions.CheckNotNull(categoryId);
        Level = level;
        Weight = weight;
        EvidenceRequired = evidenceRequired;
        NotApplicableAllowed = notApplicableAllowed;
        Title = Internal.Preconditions.CheckNotNull(title);
        Text = Internal.Preconditions.CheckNotNull(text);
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
