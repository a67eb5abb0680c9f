namespace Commerce.GraphQL.Execution;

/// <summary>
/// An object in a response: response keys in the order the selection set gave them, with completed
/// values (null, string, bool, int, long, double, decimal, a serialized scalar, <see cref="ResultMap"/>,
/// or <see cref="ResultList"/>).
/// </summary>
public sealed class ResultMap : List<KeyValuePair<string, object?>>
{
    public ResultMap()
    {
    }

    public ResultMap(int capacity) : base(capacity)
    {
    }

    /// <summary>A map whose entries are, in order, the fields of a selection set with these pre-encoded keys.</summary>
    internal ResultMap(ResponseKeys keys) : base(keys.Count)
    {
        Keys = keys;
    }

    /// <summary>The entries' keys pre-encoded for JSON, when the executor built the map; null otherwise.</summary>
    internal ResponseKeys? Keys { get; }

    public object? this[string key]
    {
        get
        {
            foreach (var entry in this)
            {
                if (entry.Key == key)
                {
                    return entry.Value;
                }
            }

            throw new KeyNotFoundException(key);
        }
    }

    public void Add(string key, object? value) => Add(new KeyValuePair<string, object?>(key, value));
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
