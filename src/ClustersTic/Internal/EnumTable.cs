using System;
using System.Collections.Generic;

namespace ClustersTic.Internal;

/// <summary>
/// The values of an enumeration in ascending order and their names, built once per type. Plain arrays
/// searched in order (the library's enumerations have a handful of values): no dictionary over each
/// enumeration type, whose generic code a fresh process would have to compile before its first answer.
/// </summary>
internal static class EnumTable<T>
    where T : struct, Enum
{
#if NET8_0_OR_GREATER
    public static readonly T[] Values = Enum.GetValues<T>();
#else
    public static readonly T[] Values = (T[])Enum.GetValues(typeof(T));
#endif

    public static readonly string[] Names = BuildNames();

    /// <summary>The name of a value; a value the enumeration does not declare is shown as its number.</summary>
    public static string NameOf(T value)
    {
        T[] values = Values;
        for (int i = 0; i < values.Length; i++)
        {
            if (EqualityComparer<T>.Default.Equals(values[i], value))
            {
                return Names[i];
            }
        }

        return value.ToString();
    }

    private static string[] BuildNames()
    {
        var names = new string[Values.Length];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = Values[i].ToString();
        }

        return names;
    }
}
