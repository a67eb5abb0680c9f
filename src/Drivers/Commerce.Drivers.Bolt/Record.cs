namespace Commerce.Drivers.Bolt;

internal sealed class Record : IRecord
{
    private readonly object?[] _fields;
    private Dictionary<string, object?>? _values;

    public Record(IReadOnlyList<string> keys, object?[] fields)
    {
        if (keys.Count != fields.Length)
            throw new ProtocolException($"A record has {fields.Length} values for {keys.Count} fields.");
        Keys = keys;
        _fields = fields;
    }

    public IReadOnlyList<string> Keys { get; }

    public IReadOnlyDictionary<string, object?> Values
    {
        get
        {
            if (_values is not null) return _values;
            var values = new Dictionary<string, object?>(Keys.Count, StringComparer.Ordinal);
            for (var i = 0; i < _fields.Length; i++) values[Keys[i]] = _fields[i];
            return _values = values;
        }
    }

    public object? this[string key] => _fields[IndexOf(key)];

    public object? this[int index] => _fields[index];

    public T Get<T>(string key) => _fields[IndexOf(key)].As<T>();

    private int IndexOf(string key)
    {
        for (var i = 0; i < Keys.Count; i++)
            if (string.Equals(Keys[i], key, StringComparison.Ordinal)) return i;
        throw new KeyNotFoundException($"The record has no field '{key}'; its fields are {string.Join(", ", Keys)}.");
    }

    public override string ToString() => "{" + string.Join(", ", Keys.Select((k, i) => $"{k}: {_fields[i]}")) + "}";
}
