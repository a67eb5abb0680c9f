namespace Commerce.Drivers.Cql;

/// <summary>A CREATE met an existing keyspace or table (error code 0x2400); <see cref="Table"/> is empty for a keyspace.</summary>
public sealed class AlreadyExistsException(string message, string keyspace, string table)
    : CqlServerException(0x2400, message)
{
    public string Keyspace { get; } = keyspace;
    public string Table { get; } = table;
    public bool IsKeyspace => Table.Length == 0;
}
