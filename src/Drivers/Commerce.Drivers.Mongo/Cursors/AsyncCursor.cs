using Commerce.Drivers.Mongo.Bson;
using Commerce.Drivers.Mongo.Operations;
using Commerce.Drivers.Mongo.Sessions;

namespace Commerce.Drivers.Mongo.Cursors;

internal sealed class AsyncCursor<T> : IAsyncCursor<T>
{
    private readonly OperationExecutor _executor;
    private readonly string _database;
    private readonly string _collection;
    private readonly int? _batchSize;
    private readonly ClientSessionHandle? _session;
    private readonly Func<BsonDocument, T> _map;
    private BsonArray? _firstBatch;
    private long _cursorId;
    private IReadOnlyList<T> _current = [];

    /// <param name="reply">A find/aggregate/listIndexes reply: <c>{ cursor: { id, ns, firstBatch } }</c>.</param>
    public AsyncCursor(OperationExecutor executor, BsonDocument reply, int? batchSize, ClientSessionHandle? session, Func<BsonDocument, T> map)
    {
        var cursor = reply["cursor"].AsBsonDocument;
        _executor = executor;
        _cursorId = cursor["id"].ToInt64();
        var ns = cursor["ns"].AsString;
        var dot = ns.IndexOf('.');
        _database = ns[..dot];
        _collection = ns[(dot + 1)..];
        _firstBatch = cursor["firstBatch"].AsBsonArray;
        _batchSize = batchSize;
        _session = session;
        _map = map;
    }

    /// <summary>The server's cursor id; 0 once the server has nothing more.</summary>
    internal long CursorId => _cursorId;

    public IEnumerable<T> Current => _current;

    public async Task<bool> MoveNextAsync(CancellationToken cancellationToken = default)
    {
        if (_firstBatch is { } first)
        {
            _firstBatch = null;
            _current = Map(first);
            return first.Count > 0 || _cursorId != 0;
        }

        if (_cursorId == 0)
        {
            _current = [];
            return false;
        }

        var getMore = new BsonDocument { { "getMore", _cursorId }, { "collection", _collection } };
        if (_batchSize is { } size)
        {
            getMore.Add("batchSize", size);
        }

        var reply = await _executor.RunAsync(_database, getMore, null, _session, retryableRead: false, cancellationToken).ConfigureAwait(false);
        var cursor = reply["cursor"].AsBsonDocument;
        _cursorId = cursor["id"].ToInt64();
        _current = Map(cursor["nextBatch"].AsBsonArray);
        return true;
    }

    private List<T> Map(BsonArray batch)
    {
        var items = new List<T>(batch.Count);
        foreach (var document in batch)
        {
            items.Add(_map(document.AsBsonDocument));
        }

        return items;
    }

    public async ValueTask DisposeAsync()
    {
        var id = Interlocked.Exchange(ref _cursorId, 0);
        if (id == 0)
        {
            return;
        }

        try
        {
            var kill = new BsonDocument { { "killCursors", _collection }, { "cursors", new BsonArray { id } } };
            await _executor.RunAsync(_database, kill, null, _session, retryableRead: false, CancellationToken.None).ConfigureAwait(false);
        }
        catch (MongoException)
        {
            // The server reaps abandoned cursors after 10 idle minutes; failing to kill one is not the caller's problem.
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
