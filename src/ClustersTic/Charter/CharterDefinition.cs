using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace ClustersTic.Charter;

/// <summary>The charter of a rule set: its own identity (id and version), its categories and criteria, in
/// display order.</summary>
/// <remarks>
/// <para>The charter has its own identity inside a rule set (reading 36): several rule sets may carry the same
/// charter version (v1 and v2 do; v2 differs only by the NAF 2025 switch). Assessments and signatures name the
/// charter version they answer or were granted under, and an assessment is scored without a mismatch finding
/// by any rule set carrying that version.</para>
/// <para>Immutable and thread-safe; obtained from a loaded rule set. Every category holds at least one
/// MUST criterion, and every criterion belongs to a category (checked when the rule set is loaded).</para>
/// </remarks>
public sealed class CharterDefinition
{
    private readonly Dictionary<string, Criterion> _criteriaById;
    private readonly Dictionary<string, CharterCategory> _categoriesById;

    internal CharterDefinition(string id, string version, IList<CharterCategory> categories, IList<Criterion> criteria)
    {
        Id = id;
        Version = version;
        Categories = new ReadOnlyCollection<CharterCategory>(categories);
        Criteria = new ReadOnlyCollection<Criterion>(criteria);
        _categoriesById = new Dictionary<string, CharterCategory>(StringComparer.Ordinal);
        foreach (CharterCategory category in categories)
        {
            _categoriesById.Add(category.Id, category);
        }

        _criteriaById = new Dictionary<string, Criterion>(StringComparer.Ordinal);
        foreach (Criterion criterion in criteria)
        {
            _criteriaById.Add(criterion.Id, criterion);
        }
    }

    /// <summary>The charter's id, such as <c>charte-bonnes-pratiques</c>.</summary>
    public string Id { get; }

    /// <summary>The charter's version, such as <c>1</c>: what assessments and signatures name.</summary>
    public string Version { get; }

    /// <summary>The categories, in display order.</summary>
    public IReadOnlyList<CharterCategory> Categories { get; }

    /// <summary>The criteria, in display order.</summary>
    public IReadOnlyList<Criterion> Criteria { get; }

    /// <summary>Finds a criterion by id (ordinal, case-sensitive).</summary>
    /// <param name="id">The criterion's id.</param>
    /// <param name="criterion">The criterion, when found.</param>
    /// <returns>True when the charter has that criterion.</returns>
    public bool TryGetCriterion(string? id, [NotNullWhen(true)] out Criterion? criterion)
    {
        criterion = null;
        return id is not null && _criteriaById.TryGetValue(id, out criterion);
    }

    /// <summary>Finds a category by id (ordinal, case-sensitive).</summary>
    /// <param name="id">The category's id.</param>
    /// <param name="category">The category, when found.</param>
    /// <returns>True when the charter has that category.</returns>
    public bool TryGetCategory(string? id, [NotNullWhen(true)] out CharterCategory? category)
    {
        category = null;
        return id is not null && _categoriesById.TryGetValue(id, out category);
    }
}
