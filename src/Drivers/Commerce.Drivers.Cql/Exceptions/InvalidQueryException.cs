namespace Commerce.Drivers.Cql;

/// <summary>The query is syntactically correct but invalid (e.g. an unknown keyspace or table) (error code 0x2200).</summary>
public sealed class InvalidQueryException(string message) : CqlServerException(0x2200, message);
