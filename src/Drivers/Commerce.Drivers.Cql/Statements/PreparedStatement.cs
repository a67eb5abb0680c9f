namespace Commerce.Drivers.Cql;

/// <summary>The answer to PREPARE: the id the server knows the query by and the types of its bind markers.</summary>
public sealed class PreparedStatement
{
    internal PreparedStatement(string cql, string? keyspace, byte[] id, ColumnDefinitions variables, IReadOnlyList<int> routingIndexes, ColumnDefinitions resultMetadata)
    {
        Cql = cql;
        Keyspace = keyspace;
        Id = id;
        Variables = variables;
        RoutingIndexes = routingIndexes;
        ResultMetadata = resultMetadata;
    }

    public string Cql { get; }

    /// <summary>The session keyspace the statement was prepared in.</summary>
    public string? Keyspace { get; }

    public byte[] Id { get; private set; }

    /// <summary>The bind markers, in order, with their types.</summary>
    public ColumnDefinitions Variables { get; private set; }

    /// <summary>Protocol v4: the bind marker index of each partition key column (empty on v3 or when not all are bound).</summary>
    public IReadOnlyList<int> RoutingIndexes { get; private set; }

    /// <summary>The result columns; empty for non-SELECT statements.</summary>
    public ColumnDefinitions ResultMetadata { get; private set; }

    /// <summary>
    /// Binds values by position. On protocol v4 missing trailing values are sent as <see cref="Unset"/>;
    /// on v3 every marker needs a value (null writes a null).
    /// </summary>
    public BoundStatement Bind(params object?[] values)
    {
        values ??= [null];
        if (values.Length > Variables.Count)
            throw new ArgumentException($"The statement has {Variables.Count} bind markers; {values.Length} values were given.", nameof(values));
        return new BoundStatement(this, values);
    }

    /// <summary>Binds values by marker name (case-insensitive); markers not named are left unset (v4) or null.</summary>
    public BoundStatement Bind(IReadOnlyDictionary<string, object?> namedValues)
    {
        var values = new object?[Variables.Count];
        for (var i = 0; i < values.Length; i++) values[i] = Unset.Value;
        foreach (var (name, value) in namedValues)
        {
            var index = Variables.IndexOf(name);
            if (index < 0) throw new ArgumentException($"The statement has no bind marker named '{name}'.", nameof(namedValues));
            values[index] = value;
        }
        return new BoundStatement(this, values);
    }

    /// <summary>
    /// Set when this session saw a table, type or keyspace dropped or altered: Cassandra 2.1.0 keeps
    /// executing the old statement (writes to a recreated table vanish, SELECT * misses new columns),
    /// so the statement is prepared again before its next use.
    /// </summary>
    internal bool IsStale { get; set; }

    /// <summary>Takes the server's answer to a re-PREPARE, which may carry new result columns after a schema change.</summary>
    internal void Update(byte[] id, ColumnDefinitions variables, IReadOnlyList<int> routingIndexes, ColumnDefinitions resultMetadata)
    {
        Id = id;
        Variables = variables;
        RoutingIndexes = routingIndexes;
        ResultMetadata = resultMetadata;
        IsStale = false;
    }
}
