using ClustersTic.Text;

namespace ClustersTic.Charter;

/// <summary>A category of the charter (a stage of a project, or competence and quality).</summary>
/// <remarks>Immutable and thread-safe; obtained from a loaded rule set.</remarks>
public sealed class CharterCategory
{
    internal CharterCategory(string id, LocalizedText title, LocalizedText description)
    {
        Id = id;
        Title = title;
        Description = description;
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
