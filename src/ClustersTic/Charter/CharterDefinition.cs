using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace ClustersTic.Charter;

/// <summary>The charter of a rule set: its categories and criteria, in display order.</summary>
/// <remarks>Immutable and thread-safe; obtained from a loaded rule set. Every category holds at least one
/// MUST criterion, and every criterion belongs to a category (checked when the rule set is loaded).</remarks>
public sealed class CharterDefinition
{
    private readonly Dictionary<string, Criterion> _criteriaById;
    private readonly Dictionary<string, CharterCategory> _categoriesById;

    internal CharterDefinition(IList<CharterCategory> categories, IList<Criterion> criteria)
    {
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
