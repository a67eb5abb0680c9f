namespace Commerce.Drivers.Cql;

/// <summary>A &lt;col_spec_i&gt;: a result column or, for a prepared statement, a bind marker.</summary>
public sealed record CqlColumn(int Index, string Keyspace, string Table, string Name, ColumnType Type);
