namespace Commerce.Drivers.Cql;

/// <summary>
/// A CQL type as the protocol describes it in an [option]: a native code, or a collection, tuple or
/// user-defined type with its component types.
/// </summary>
public sealed class ColumnType : IEquatable<ColumnType>
{
    private ColumnType(ColumnTypeCode code, IReadOnlyList<ColumnType>? components = null, IReadOnlyList<string>? fieldNames = null,
        string? keyspace = null, string? name = null)
    {
        Code = code;
        Components = components ?? [];
        FieldNames = fieldNames ?? [];
        Keyspace = keyspace;
        Name = name;
    }

    public ColumnTypeCode Code { get; }

    /// <summary>Element type of a list or set; key and value of a map; the items of a tuple; the fields of a UDT.</summary>
    public IReadOnlyList<ColumnType> Components { get; }

    /// <summary>The field names of a UDT, aligned with <see cref="Components"/>.</summary>
    public IReadOnlyList<string> FieldNames { get; }

    /// <summary>The keyspace of a UDT.</summary>
    public string? Keyspace { get; }

    /// <summary>The UDT name, or the Java class name of a custom type.</summary>
    public string? Name { get; }

    public static ColumnType Ascii { get; } = new(ColumnTypeCode.Ascii);
    public static ColumnType Bigint { get; } = new(ColumnTypeCode.Bigint);
    public static ColumnType Blob { get; } = new(ColumnTypeCode.Blob);
    public static ColumnType Boolean { get; } = new(ColumnTypeCode.Boolean);
    public static ColumnType Counter { get; } = new(ColumnTypeCode.Counter);
    public static ColumnType Decimal { get; } = new(ColumnTypeCode.Decimal);
    public static ColumnType Double { get; } = new(ColumnTypeCode.Double);
    public static ColumnType Float { get; } = new(ColumnTypeCode.Float);
    public static ColumnType Int { get; } = new(ColumnTypeCode.Int);
    public static ColumnType Timestamp { get; } = new(ColumnTypeCode.Timestamp);
    public static ColumnType Uuid { get; } = new(ColumnTypeCode.Uuid);
    public static ColumnType Varchar { get; } = new(ColumnTypeCode.Varchar);
    public static ColumnType Varint { get; } = new(ColumnTypeCode.Varint);
    public static ColumnType Timeuuid { get; } = new(ColumnTypeCode.Timeuuid);
    public static ColumnType Inet { get; } = new(ColumnTypeCode.Inet);
    public static ColumnType Date { get; } = new(ColumnTypeCode.Date);
    public static ColumnType Time { get; } = new(ColumnTypeCode.Time);
    public static ColumnType SmallInt { get; } = new(ColumnTypeCode.SmallInt);
    public static ColumnType TinyInt { get; } = new(ColumnTypeCode.TinyInt);

    public static ColumnType Native(ColumnTypeCode code) => code switch
    {
        ColumnTypeCode.Ascii => Ascii,
        ColumnTypeCode.Bigint => Bigint,
        ColumnTypeCode.Blob => Blob,
        ColumnTypeCode.Boolean => Boolean,
        ColumnTypeCode.Counter => Counter,
        ColumnTypeCode.Decimal => Decimal,
        ColumnTypeCode.Double => Double,
        ColumnTypeCode.Float => Float,
        ColumnTypeCode.Int => Int,
        ColumnTypeCode.Timestamp => Timestamp,
        ColumnTypeCode.Uuid => Uuid,
        ColumnTypeCode.Varchar => Varchar,
        ColumnTypeCode.Varint => Varint,
        ColumnTypeCode.Timeuuid => Timeuuid,
        ColumnTypeCode.Inet => Inet,
        ColumnTypeCode.Date => Date,
        ColumnTypeCode.Time => Time,
        ColumnTypeCode.SmallInt => SmallInt,
        ColumnTypeCode.TinyInt => TinyInt,
        _ => throw new ArgumentException($"{code} is not a native type.", nameof(code)),
    };

    public static ColumnType Custom(string className) => new(ColumnTypeCode.Custom, name: className);
    public static ColumnType List(ColumnType element) => new(ColumnTypeCode.List, [element]);
    public static ColumnType Set(ColumnType element) => new(ColumnTypeCode.Set, [element]);
    public static ColumnType Map(ColumnType key, ColumnType value) => new(ColumnTypeCode.Map, [key, value]);
    public static ColumnType Tuple(params ColumnType[] items) => new(ColumnTypeCode.Tuple, items);

    public static ColumnType Udt(string keyspace, string name, IReadOnlyList<(string Name, ColumnType Type)> fields) =>
        new(ColumnTypeCode.Udt, fields.Select(f => f.Type).ToArray(), fields.Select(f => f.Name).ToArray(), keyspace, name);

    public bool Equals(ColumnType? other) =>
        other is not null && Code == other.Code && Name == other.Name && Keyspace == other.Keyspace &&
        Components.SequenceEqual(other.Components) && FieldNames.SequenceEqual(other.FieldNames);

    public override bool Equals(object? obj) => Equals(obj as ColumnType);

    public override int GetHashCode() => HashCode.Combine(Code, Name, Components.Count);

    /// <summary>The CQL spelling, e.g. <c>map&lt;text, frozen&lt;list&lt;int&gt;&gt;&gt;</c> is shown without frozen.</summary>
    public override string ToString() => Code switch
    {
        ColumnTypeCode.Custom => $"'{Name}'",
        ColumnTypeCode.List => $"list<{Components[0]}>",
        ColumnTypeCode.Set => $"set<{Components[0]}>",
        ColumnTypeCode.Map => $"map<{Components[0]}, {Components[1]}>",
        ColumnTypeCode.Tuple => $"tuple<{string.Join(", ", Components)}>",
        ColumnTypeCode.Udt => $"{Keyspace}.{Name}",
        ColumnTypeCode.Varchar => "text",
        _ => Code.ToString().ToLowerInvariant(),
    };
}
