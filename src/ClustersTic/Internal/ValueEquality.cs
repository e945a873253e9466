using System;
using System.Collections.Generic;

namespace ClustersTic.Internal;

/// <summary>Value equality of the lists held by records, so that records compare by value (issue 12): two
/// lists are equal when both are null, or both hold equal items in the same order.</summary>
internal static class ValueEquality
{
    public static bool Lists<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Count != b.Count)
        {
            return false;
        }

        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Count; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the count and the first items: equal lists give equal hashes.</summary>
    public static int Hash<T>(IReadOnlyList<T>? list)
    {
        if (list is null)
        {
            return 0;
        }

        int hash = list.Count;
        for (int i = 0; i < list.Count && i < 4; i++)
        {
            hash = unchecked((hash * 31) + (list[i] is { } item ? EqualityComparer<T>.Default.GetHashCode(item) : 0));
        }

        return hash;
    }

    public static bool Text(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal);

    public static int Hash(string? text) => text is null ? 0 : StringComparer.Ordinal.GetHashCode(text);
}
