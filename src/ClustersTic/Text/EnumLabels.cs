using System;
using System.Collections.Generic;

namespace ClustersTic.Text;

/// <summary>The labels of one enumeration's values (a row group of <see cref="Labels"/>): invariant name,
/// French and English label per value. A test checks that every value of each enumeration has its row.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal abstract class EnumLabels
{
    private readonly string[] _names;
    private readonly LocalizedText[] _labels;

    private protected EnumLabels(Type enumType, string[] names, LocalizedText[] labels)
    {
        EnumType = enumType;
        _names = names;
        _labels = labels;
    }

    public Type EnumType { get; }

    /// <summary>The number of rows.</summary>
    public int Count => _names.Length;

    /// <summary>Builds the table of an enumeration.</summary>
    public static EnumLabels Create<TEnum>(params (TEnum Value, string French, string English)[] rows)
        where TEnum : struct, Enum
    {
        var values = new TEnum[rows.Length];
        var names = new string[rows.Length];
        var labels = new LocalizedText[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            values[i] = rows[i].Value;
            names[i] = rows[i].Value.ToString();
            labels[i] = new LocalizedText(Internal.FrenchTypography.Apply(rows[i].French), rows[i].English);
        }

        return new Of<TEnum>(values, names, labels);
    }

    /// <summary>The row of a value, or -1 when it is outside the enumeration.</summary>
    public int IndexOf<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        TEnum[] values = ((Of<TEnum>)this).Values;
        for (int i = 0; i < values.Length; i++)
        {
            if (EqualityComparer<TEnum>.Default.Equals(values[i], value))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The invariant name of a row.</summary>
    public string Name(int index) => _names[index];

    /// <summary>The label of a row in a language.</summary>
    public string Label(int index, Language language) => _labels[index].In(language);

    /// <summary>The labels of a row.</summary>
    public LocalizedText LabelsAt(int index) => _labels[index];

    private sealed class Of<TEnum> : EnumLabels
        where TEnum : struct, Enum
    {
        public Of(TEnum[] values, string[] names, LocalizedText[] labels)
            : base(typeof(TEnum), names, labels)
        {
            Values = values;
        }

        public TEnum[] Values { get; }
    }
}
