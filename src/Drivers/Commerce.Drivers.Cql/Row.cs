using Commerce.Drivers.Cql.Types;

namespace Commerce.Drivers.Cql;

/// <summary>One row of a result; values are decoded on access into the type asked for.</summary>
public sealed class Row
{
    private readonly ReadOnlyMemory<byte>?[] _values;

    internal Row(ColumnDefinitions columns, ReadOnlyMemory<byte>?[] values)
    {
        Columns = columns;
        _values = values;
    }

    public ColumnDefinitions Columns { get; }

    public int Length => _values.Length;

    /// <summary>The value in its natural CLR type (see the README's type table), or null.</summary>
    public object? this[int index] => GetValue<object>(index);

    public object? this[string name] => GetValue<object>(name);

    public bool IsNull(int index) => _values[index] is null;

    public bool IsNull(string name) => IsNull(IndexOf(name));

    public T GetValue<T>(string name) => GetValue<T>(IndexOf(name));

    /// <summary>
    /// Decodes the value as <typeparamref name="T"/>. A null (or empty) value reads as null for reference
    /// and nullable types; asking for a non-nullable value type then throws rather than inventing a 0.
    /// </summary>
    public T GetValue<T>(int index)
    {
        var column = Columns[index];
        var raw = _values[index];
        var value = raw is { } bytes ? ValueDecoder.Decode(column.Type, bytes.Span, typeof(T)) : null;
        if (value is null)
        {
            if (default(T) is not null)
                throw new InvalidCastException($"Column '{column.Name}' is null; read it as {typeof(T).Name}? instead.");
            return default!;
        }
        return (T)value;
    }

    private int IndexOf(string name)
    {
        var index = Columns.IndexOf(name);
        return index >= 0 ? index : throw new ArgumentException($"The row has no column named '{name}'.", nameof(name));
    }
}
