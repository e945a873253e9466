using System;

namespace ClustersTic.Identifiers;

/// <summary>Where an embedded NAF list comes from: the nomenclature, its publisher, the published edition the
/// list was taken from, and how many codes it holds.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class NafNomenclatureSource
{
    internal NafNomenclatureSource(NafNomenclature nomenclature, string title, string publisher, string edition, int count, bool subClassLevel)
    {
        Nomenclature = nomenclature;
        Title = title;
        Publisher = publisher;
        Edition = edition;
        Count = count;
        IsSubClassLevel = subClassLevel;
    }

    /// <summary>The nomenclature.</summary>
    public NafNomenclature Nomenclature { get; }

    /// <summary>The list's official title.</summary>
    public string Title { get; }

    /// <summary>Who publishes it (INSEE, Eurostat).</summary>
    public string Publisher { get; }

    /// <summary>The published edition the embedded list was taken from.</summary>
    public string Edition { get; }

    /// <summary>The number of sub-classes in the list: 732 for NAF rév. 2, 747 for NAF 2025.</summary>
    public int Count { get; }

    /// <summary>True when the list holds sub-classes, so that a code's letter is checked too (both embedded
    /// lists do); false for a list of classes, against which only the four digits could be checked.</summary>
    public bool IsSubClassLevel { get; }

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Title} ({Publisher}, {Edition}; {Count} codes)");
}
