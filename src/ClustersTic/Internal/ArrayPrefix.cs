using System;
using System.Collections;
using System.Collections.Generic;

namespace ClustersTic.Internal;

/// <summary>
/// A read-only view of the first <c>count</c> items of an array that nothing else writes to any more: one
/// object over a buffer that may be longer than the list, so a list built by appending is exposed without a
/// copy. It offers no way to change the items, which keeps the decisions that hold it immutable.
/// </summary>
internal sealed class ArrayPrefix<T> : IReadOnlyList<T>
{
    private readonly T[] _items;

    public ArrayPrefix(T[] items, int count)
    {
        _items = items;
        Count = count;
    }

    public int Count { get; }

    public T this[int index] => (uint)index < (uint)Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The items, for the library's own loops: no interface call per item.</summary>
    public ReadOnlySpan<T> AsSpan() => new(_items, 0, Count);

    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
