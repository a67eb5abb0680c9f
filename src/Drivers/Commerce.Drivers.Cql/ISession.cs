namespace Commerce.Drivers.Cql;

/// <summary>Executes statements over the cluster's connection pools.</summary>
public interface ISession : IAsyncDisposable
{
    ICluster Cluster { get; }

    /// <summary>The keyspace requests run in (changed by a USE statement).</summary>
    string? Keyspace { get; }

    /// <summary>The native protocol version negotiated with the server (3 or 4).</summary>
    int BinaryProtocolVersion { get; }

    Task<RowSet> ExecuteAsync(IStatement statement, CancellationToken cancellationToken = default);

    Task<RowSet> ExecuteAsync(string cql, CancellationToken cancellationToken = default);

    /// <summary>PREPAREs the query once per session and keyspace; later calls return the cached statement.</summary>
    Task<PreparedStatement> PrepareAsync(string cql, CancellationToken cancellationToken = default);

    /// <summary>OPTIONS: the STARTUP options the server supports (SUPPORTED).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetSupportedOptionsAsync(CancellationToken cancellationToken = default);
}
