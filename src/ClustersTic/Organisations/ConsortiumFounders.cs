using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace ClustersTic.Organisations;

/// <summary>
/// The five clusters that founded the consortium inside France Clusters, signing the partnership convention in
/// Lyon on 7 December 2009 (rulebook §1, reading 30): shipped with the library, so that no tool types them again.
/// </summary>
/// <remarks>
/// <para>Each founder is a <see cref="Cluster"/> with its stable id, name, region, kind (cluster), declared
/// audience (digital providers), the founding flag and the convention date. What only a cluster's own tool
/// knows — its France Clusters memberships (CL-1 applies to founders too), its members, a leaving date — is not
/// here: add it with <c>with</c> (<c>ConsortiumFounders.Get("peba") with { FranceClustersMemberships = … }</c>),
/// or, in a data set, give a cluster record with the founder's id and only those fields (docs/data-set.md).</para>
/// <para>The ids are those the consortium's data sets use: <c>loire-numerique</c>, <c>rhonealley</c>,
/// <c>peba</c>, <c>franche-comte-interactive</c>, <c>spn</c>. All members are immutable and thread-safe.</para>
/// </remarks>
public static class ConsortiumFounders
{
    /// <summary>The date of the founding partnership convention: 7 December 2009.</summary>
    public static LocalDate ConventionDate { get; } = new(2009, 12, 7);

    /// <summary>The five founders, in the rulebook's order.</summary>
    public static IReadOnlyList<Cluster> All { get; } = Array.AsReadOnly(new[]
    {
        Founder("loire-numerique", "Loire Numérique", "Loire, Rhône-Alpes"),
        Founder("rhonealley", "Rhonealley", "Drôme-Ardèche"),
        Founder("peba", "PEBA — Pôle E-Business sud-Aquitain Adour", "Aquitaine"),
        Founder("franche-comte-interactive", "Franche-Comté Interactive", "Franche-Comté"),
        Founder("spn", "SPN — réSeau des Professionnels du Numérique", "Poitou-Charentes"),
    });

    /// <summary>The founder with an id (ordinal, case-sensitive, as every cluster id).</summary>
    /// <param name="id">The id.</param>
    /// <param name="founder">The founder, when <paramref name="id"/> is one of the five.</param>
    /// <returns>True when <paramref name="id"/> is a founder's id.</returns>
    public static bool TryGet(string? id, [NotNullWhen(true)] out Cluster? founder)
    {
        foreach (Cluster cluster in All)
        {
            if (string.Equals(cluster.Id, id, StringComparison.Ordinal))
            {
                founder = cluster;
                return true;
            }
        }

        founder = null;
        return false;
    }

    /// <summary>The founder with an id.</summary>
    /// <param name="id">One of the five ids.</param>
    /// <returns>The founder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a founder's id; the message lists them.</exception>
    public static Cluster Get(string id)
    {
        Internal.Preconditions.CheckNotNull(id);
        return TryGet(id, out Cluster? founder)
            ? founder
            : throw new ArgumentException($"'{id}' is not the id of a founding cluster (loire-numerique, rhonealley, peba, franche-comte-interactive, spn).", nameof(id));
    }

    private static Cluster Founder(string id, string name, string region) => new()
    {
        Id = id,
        Name = name,
        Region = region,
        Kind = OrganisationKind.Cluster,
        DeclaredAudience = ClusterAudience.DigitalProviders,
        ConventionSignedOn = new LocalDate(2009, 12, 7),
        IsFounder = true,
    };
}
