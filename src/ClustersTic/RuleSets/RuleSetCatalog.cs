using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using ClustersTic.Internal;
using ClustersTic.Documents;
using NodaTime;

namespace ClustersTic.RuleSets;

/// <summary>
/// A set of rule set versions, answering which one is in force on a date or which one has a given id.
/// </summary>
/// <remarks>
/// <para><see cref="Embedded"/> holds the official versions shipped in the package: <c>v1</c>, in force from
/// 2010-01-01, and <c>v2</c>, in force from 2027-01-01 (when NAF 2025 becomes the reference; same charter).
/// A version is in force from its effective date until the day before the next version's.</para>
/// <para>Instances are immutable and thread-safe. The embedded catalog is loaded once, on first use.</para>
/// </remarks>
public sealed class RuleSetCatalog
{
    private static readonly Lazy<RuleSetCatalog> EmbeddedCatalog = new(LoadEmbedded, isThreadSafe: true);

    private readonly RuleSet[] _byDate;

    /// <summary>Creates a catalog of rule sets.</summary>
    /// <param name="ruleSets">The rule sets; ids and effective dates must be unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSets"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, or two rule sets share an id or an effective date.</exception>
    public RuleSetCatalog(IEnumerable<RuleSet> ruleSets)
    {
        Preconditions.CheckNotNull(ruleSets);
        RuleSet[] all = ruleSets.ToArray();
        if (all.Length == 0)
        {
            throw new ArgumentException("A catalog needs at least one rule set.", nameof(ruleSets));
        }

        // Plain loops rather than LINQ over dates: this runs in every fresh process before its first decision.
        for (int i = 0; i < all.Length; i++)
        {
            if (all[i] is null)
            {
                throw new ArgumentNullException(nameof(ruleSets), "The list holds a null rule set.");
            }
        }

        for (int i = 0; i < all.Length; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (string.Equals(all[i].Id, all[j].Id, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"Two rule sets have the id '{all[i].Id}'.", nameof(ruleSets));
                }
            }
        }

        for (int i = 0; i < all.Length; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (all[i].EffectiveFrom == all[j].EffectiveFrom)
                {
                    throw new ArgumentException($"Two rule sets take effect on {Format(all[i].EffectiveFrom)}.", nameof(ruleSets));
                }
            }
        }

        _byDate = all;
        Array.Sort(_byDate, static (a, b) => a.EffectiveFrom.CompareTo(b.EffectiveFrom));
        RuleSets = new ReadOnlyCollection<RuleSet>(_byDate);
    }

    /// <summary>The official rule sets embedded in the package (<c>v1</c> and <c>v2</c>).</summary>
    /// <exception cref="RuleSetValidationException">Never in a released package: the embedded files are tested.</exception>
    public static RuleSetCatalog Embedded => EmbeddedCatalog.Value;

    /// <summary>The rule sets, oldest effective date first.</summary>
    public IReadOnlyList<RuleSet> RuleSets { get; }

    /// <summary>The newest rule set.</summary>
    public RuleSet Latest => _byDate[_byDate.Length - 1];

    /// <summary>The rule set in force on <paramref name="date"/>: the one with the latest effective date on
    /// or before it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The rule set in force.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the first rule set's
    /// effective date: no rule set was in force.</exception>
    public RuleSet GetInForce(LocalDate date) =>
        TryGetInForce(date, out RuleSet? ruleSet)
            ? ruleSet
            : throw new ArgumentOutOfRangeException(
                nameof(date),
                Format(date),
                $"No rule set is in force on {Format(date)}: the first one, '{_byDate[0].Id}', takes effect on {Format(_byDate[0].EffectiveFrom)}.");

    /// <summary>Tries to find the rule set in force on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="ruleSet">The rule set in force, when there is one.</param>
    /// <returns>False when <paramref name="date"/> is before the first effective date.</returns>
    public bool TryGetInForce(LocalDate date, [NotNullWhen(true)] out RuleSet? ruleSet)
    {
        ruleSet = null;
        for (int i = _byDate.Length - 1; i >= 0; i--)
        {
            if (_byDate[i].EffectiveFrom <= date)
            {
                ruleSet = _byDate[i];
                return true;
            }
        }

        return false;
    }

    /// <summary>The rule set a caller pins by id (ordinal, case-sensitive).</summary>
    /// <param name="id">The id, such as <c>v1</c>.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No rule set has that id; the message lists the known ids.</exception>
    public RuleSet Get(string id)
    {
        Preconditions.CheckNotNull(id);
        return TryGet(id, out RuleSet? ruleSet)
            ? ruleSet
            : throw new KeyNotFoundException($"No rule set has the id '{TextHelpers.Shorten(id)}'; known ids: {string.Join(", ", _byDate.Select(r => r.Id))}.");
    }

    /// <summary>Tries to find a rule set by id (ordinal, case-sensitive).</summary>
    /// <param name="id">The id.</param>
    /// <param name="ruleSet">The rule set, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(string? id, [NotNullWhen(true)] out RuleSet? ruleSet)
    {
        ruleSet = _byDate.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
        return ruleSet is not null;
    }

    /// <summary>Opens the embedded JSON of an official rule set, for reading or copying.</summary>
    /// <param name="id">The id of an embedded rule set (<c>v1</c> or <c>v2</c>).</param>
    /// <returns>A stream of UTF-8 JSON, to be disposed by the caller.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">There is no embedded rule set with that id.</exception>
    public static Stream OpenEmbeddedJson(string id)
    {
        Preconditions.CheckNotNull(id);
        string file = id + ".json";
        if (Array.IndexOf(EmbeddedRuleSets.Ids, id) < 0)
        {
            throw new KeyNotFoundException($"There is no embedded rule set '{TextHelpers.Shorten(id)}'.");
        }

        return Documents.EmbeddedResources.Open(Documents.EmbeddedResources.RuleSetPrefix + file);
    }

    // The embedded rule sets are compiled in (EmbeddedRuleSets, generated at build time from the files of
    // RuleSets/Embedded/ and proved equal to them by the tests) and go through the same semantic checks as a loaded file, so that a
    // fresh process does not initialise the JSON loader before its first decision.
    private static RuleSetCatalog LoadEmbedded()
    {
        var ruleSets = new List<RuleSet>(EmbeddedRuleSets.Ids.Length);
        foreach (string id in EmbeddedRuleSets.Ids)
        {
            RuleSetDocument document = EmbeddedRuleSets.Get(id);
            var problems = new ProblemCollector();
            RuleSet? ruleSet = RuleSetFactory.Build(document, problems);
            if (ruleSet is null)
            {
                throw new InvalidOperationException($"The embedded rule set '{id}' is not valid: {problems.ToList()[0].Message}");
            }

            ruleSets.Add(ruleSet);
        }

        return new RuleSetCatalog(ruleSets);
    }

    private static string Format(LocalDate date) => Invariant.Date(date);
}
