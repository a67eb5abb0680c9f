using System.Collections;

namespace Commerce.Drivers.Cql;

/// <summary>The columns of a result (or the bind markers of a prepared statement), by position and by name.</summary>
public sealed class ColumnDefinitions : IReadOnlyList<CqlColumn>
{
    private readonly CqlColumn[] _columns;
    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byNameIgnoringCase = new(StringComparer.OrdinalIgnoreCase);

    public ColumnDefinitions(IEnumerable<CqlColumn> columns)
    {
        _columns = columns.ToArray();
        foreach (var column in _columns)
        {
            _byName.TryAdd(column.Name, column.Index);
            _byNameIgnoringCase.TryAdd(column.Name, column.Index);
        }
    }

    public static ColumnDefinitions Empty { get; } = new([]);

    public int Count => _columns.Length;

    public CqlColumn this[int index] => _columns[index];

    public CqlColumn this[string name] => _columns[IndexOf(name) is var i and >= 0 ? i : throw new ArgumentException($"No column named '{name}'.", nameof(name))];

    /// <summary>Exact match first; unquoted CQL names are lower case, so a case-insensitive match follows.</summary>
    public int IndexOf(string name) =>
        _byName.TryGetValue(name, out var index) ? index : _byNameIgnoringCase.TryGetValue(name, out index) ? index : -1;

    public bool Contains(string name) => IndexOf(name) >= 0;

    public IEnumerator<CqlColumn> GetEnumerator() => ((IEnumerable<CqlColumn>)_columns).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
