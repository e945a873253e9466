using System;
using ClustersTic.Text;

namespace ClustersTic.Charter;

/// <summary>A category of the charter (a stage of a project, or competence and quality).</summary>
/// <remarks>Immutable and thread-safe; obtained from a loaded rule set.</remarks>
public sealed class CharterCategory
{
    /// <summary>Creates a category, to author a charter in code (<see cref="RuleSets.RuleSetBuilder.Categories"/>);
    /// its id is checked when the rule set is built (unique, with at least one MUST criterion).</summary>
    /// <param name="id">The category's id, such as <c>GOV</c>.</param>
    /// <param name="title">Its title in French and English.</param>
    /// <param name="description">Its description in French and English.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CharterCategory(string id, LocalizedText title, LocalizedText description)
    {
        Id = Internal.Preconditions.CheckNotNull(id);
        Title = Internal.Preconditions.CheckNotNull(title);
        Description = Internal.Preconditions.CheckNotNull(description);
    }

    /// <summary>The category's id, such as <c>OFFER</c>.</summary>
    public string Id { get; }

    /// <summary>The category's title.</summary>
    public LocalizedText Title { get; }

    /// <summary>What the category covers.</summary>
    public LocalizedText Description { get; }

    /// <summary>The id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
