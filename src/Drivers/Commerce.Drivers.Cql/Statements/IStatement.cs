namespace Commerce.Drivers.Cql;

/// <summary>Something a session can execute: a simple, bound or batch statement and its per-request options.</summary>
public interface IStatement
{
    /// <summary>Null means the cluster default.</summary>
    ConsistencyLevel? ConsistencyLevel { get; }

    /// <summary>SERIAL or LOCAL_SERIAL for the Paxos phase of conditional updates; null means the server's SERIAL.</summary>
    ConsistencyLevel? SerialConsistencyLevel { get; }

    /// <summary>Rows per page; 0 means the cluster default, a negative value turns paging off.</summary>
    int PageSize { get; }

    /// <summary>Where to resume a previous result (section 8), from <see cref="RowSet.PagingState"/>.</summary>
    byte[]? PagingState { get; }

    /// <summary>Whether enumerating the <see cref="RowSet"/> fetches the following pages by itself.</summary>
    bool AutoPage { get; }

    /// <summary>The default write timestamp sent with the request, in microseconds since the epoch.</summary>
    long? Timestamp { get; }

    /// <summary>A v4 custom payload for a custom QueryHandler (frame flag 0x04).</summary>
    IReadOnlyDictionary<string, byte[]?>? OutgoingPayload { get; }

    IStatement SetConsistencyLevel(ConsistencyLevel? consistency);

    IStatement SetSerialConsistencyLevel(ConsistencyLevel serialConsistency);

    IStatement SetPageSize(int pageSize);

    IStatement SetPagingState(byte[]? pagingState);

    IStatement SetAutoPage(bool autoPage);

    IStatement SetTimestamp(DateTimeOffset timestamp);

    IStatement SetOutgoingPayload(IReadOnlyDictionary<string, byte[]?> payload);
}
