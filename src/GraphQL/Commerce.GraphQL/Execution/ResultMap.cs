namespace Commerce.GraphQL.Execution;

/// <summary>
/// An object in a response: response keys in the order the selection set gave them, with completed
/// values (null, string, bool, int, long, double, decimal, a serialized scalar, <see cref="ResultMap"/>,
/// or <see cref="ResultList"/>). The executor's maps share their keys with the selection set's plan and hold
/// only the values: a response has one map per object, so that is most of what a request allocates.
/// </summary>
public sealed class ResultMap : IReadOnlyList<KeyValuePair<string, object?>>
{
    private string[] _keys;
    private object?[] _values;
    private int _count;

    public ResultMap()
        : this(4)
    {
    }

    public ResultMap(int capacity)
    {
        _keys = new string[capacity];
        _values = new object?[capacity];
    }

    /// <summary>A map of a selection set's fields, in order, whose values the executor sets by index.</summary>
    internal ResultMap(ResponseKeys keys)
    {
        Keys = keys;
        _keys = keys.Names;
        _values = new object?[keys.Count];
        _count = keys.Count;
    }

    /// <summary>The entries' keys pre-encoded for JSON, when the executor built the map; null otherwise.</summary>
    internal ResponseKeys? Keys { get; }

    public int Count => _count;

    /// <summary>The values in entry order.</summary>
    internal ReadOnlySpan<object?> Values => _values.AsSpan(0, _count);

    public KeyValuePair<string, object?> this[int index] =>
        (uint)index < (uint)_count ? new(_keys[index], _values[index]) : throw new ArgumentOutOfRangeException(nameof(index));

    public object? this[string key]
    {
        get
        {
            for (var i = 0; i < _count; i++)
            {
                if (_keys[i] == key)
                {
                    return _values[i];
                }
            }

            throw new KeyNotFoundException(key);
        }
    }

    public void Add(string key, object? value)
    {
        if (Keys is not null)
        {
            throw new InvalidOperationException("An executor's map has exactly its selection set's entries.");
        }

        if (_count == _keys.Length)
        {
            var size = Math.Max(4, _count * 2);
            Array.Resize(ref _keys, size);
            Array.Resize(ref _values, size);
        }

        _keys[_count] = key;
        _values[_count++] = value;
    }

    public void Add(KeyValuePair<string, object?> entry) => Add(entry.Key, entry.Value);

    internal string KeyAt(int index) => _keys[index];

    internal void SetValue(int index, object? value) => _values[index] = value;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A list in a response.</summary>
public sealed class ResultList : List<object?>
{
    public ResultList()
    {
    }

    public ResultList(int capacity) : base(capacity)
    {
    }
}
