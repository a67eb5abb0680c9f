using System.Buffers;

namespace Commerce.GraphQL.Language;

/// <summary>
/// Collects a node list in a pooled buffer and hands out an exactly-sized array, so each list in the tree costs one
/// allocation rather than a List and its growth arrays. Mutable struct: keep it in a local and pass it by ref only.
/// </summary>
internal struct NodeListBuilder<T>
    where T : class
{
    private T[]? _items;
    private int _count;

    public readonly int Count => _count;

    public void Add(T item)
    {
        if (_items is null)
        {
            _items = ArrayPool<T>.Shared.Rent(8);
        }
        else if (_count == _items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            _items.AsSpan().CopyTo(larger);
            Release(_items, _count);
            _items = larger;
        }

        _items[_count++] = item;
    }

    /// <summary>The collected nodes as an array; the builder returns its buffer to the pool and must not be used again.</summary>
    public T[] ToArray()
    {
        if (_items is null)
        {
            return [];
        }

        var result = _items.AsSpan(0, _count).ToArray();
        Release(_items, _count);
        _items = null;
        _count = 0;
        return result;
    }

    private static void Release(T[] items, int count)
    {
        // Cleared so that the pool does not keep the nodes of a parsed document alive.
        Array.Clear(items, 0, count);
        ArrayPool<T>.Shared.Return(items);
    }
}
