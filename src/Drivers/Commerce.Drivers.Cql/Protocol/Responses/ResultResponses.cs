namespace Commerce.Drivers.Cql.Protocol.Responses;

/// <summary>The kinds of RESULT (4.2.5).</summary>
internal abstract record ResultResponse : Response;

internal sealed record VoidResult : ResultResponse;

/// <summary>Rows (4.2.5.2): <see cref="Columns"/> is null when the server skipped the metadata.</summary>
internal sealed record RowsResult(ColumnDefinitions? Columns, int ColumnCount, IReadOnlyList<ReadOnlyMemory<byte>?[]> Rows, byte[]? PagingState) : ResultResponse;

internal sealed record SetKeyspaceResult(string Keyspace) : ResultResponse;

/// <summary>Prepared (4.2.5.4). <see cref="PartitionKeyIndexes"/> is sent from v4 on, and empty on v3.</summary>
internal sealed record PreparedResult(byte[] Id, ColumnDefinitions Variables, IReadOnlyList<int> PartitionKeyIndexes, ColumnDefinitions ResultColumns) : ResultResponse;

/// <summary>Schema_change (4.2.5.5): target KEYSPACE, TABLE, TYPE, and from v4 on FUNCTION or AGGREGATE.</summary>
internal sealed record SchemaChangeResult(string ChangeType, string Target, string Keyspace, string? Name, IReadOnlyList<string> ArgumentTypes) : ResultResponse;
