using System;
using System.Collections.Generic;
using ClustersTic.Organisations;

namespace ClustersTic.Cli.Tabular;

/// <summary>What a table's <c>cluster</c> column may hold for a known cluster (the founders, or those of
/// <c>--clusters</c>): its id exactly, or its id or name in any case, with or without accents
/// (<c>LOIRE-NUMERIQUE</c>, <c>Loire Numérique</c>). A value that names no known cluster, or more than one, is kept
/// as written: the rules then say the cluster is not known (CO-3 unknown).</summary>
internal sealed class ClusterNames
{
    private readonly Dictionary<string, string?> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _exact = new(StringComparer.Ordinal);

    public ClusterNames(IEnumerable<Cluster> clusters)
    {
        foreach (Cluster cluster in clusters)
        {
            _exact.Add(cluster.Id);
            Add(CompanyFields.Normalize(cluster.Id), cluster.Id);
            Add(CompanyFields.Normalize(cluster.Name), cluster.Id);
        }
    }

    public string Resolve(string value)
    {
        string trimmed = value.Trim();
        if (_exact.Contains(trimmed))
        {
            return trimmed;
        }

        return _ids.TryGetValue(CompanyFields.Normalize(trimmed), out string? id) && id is not null ? id : trimmed;
    }

    private void Add(string key, string id)
    {
        if (_ids.TryGetValue(key, out string? existing) && existing != id)
        {
            _ids[key] = null;
        }
        else
        {
            _ids[key] = id;
        }
    }
}
