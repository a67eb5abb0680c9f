namespace Commerce.Drivers.Cql.Protocol.Requests;

/// <summary>One &lt;query_i&gt; of a batch: a query string, or a prepared id (kind 1), with its values.</summary>
internal sealed record BatchEntry(string Cql, byte[]? PreparedId, IReadOnlyList<(ColumnType Type, object? Value)> Values);
