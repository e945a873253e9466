using System;
using System.Collections.Generic;
using System.Linq;

namespace ClustersTic.Internal;

/// <summary>Defensive copies for the lists of immutable records.</summary>
internal static class ReadOnly
{
    /// <summary>A read-only copy of <paramref name="items"/>; null items are rejected. The copy is an
    /// <see cref="ArrayPrefix{T}"/>, so the library's loops can read it as a span.</summary>
    public static ArrayPrefix<T> Copy<T>(IEnumerable<T>? items, string paramName)
    {
        if (items is null)
        {
            throw new ArgumentNullException(paramName);
        }

        T[] copy = items.ToArray();
        foreach (T item in copy)
        {
            if (item is null)
            {
                throw new ArgumentException("The list must not hold null items.", paramName);
            }
        }

        return copy.Length == 0 ? Empty<T>.List : new ArrayPrefix<T>(copy, copy.Length);
    }

    /// <summary>A read-only copy, or null when <paramref name="items"/> is null (meaning "not given").</summary>
    public static IReadOnlyList<T>? CopyOrNull<T>(IEnumerable<T>? items, string paramName) =>
        items is null ? null : Copy(items, paramName);

    public static class Empty<T>
    {
        public static readonly ArrayPrefix<T> List = new(Array.Empty<T>(), 0);
    }
}
