using Commerce.Drivers.Bolt.Exceptions;
using Commerce.Drivers.Bolt.Protocol;

namespace Commerce.Drivers.Bolt.Internal;

/// <summary>
/// A result whose first batch arrived in the same round trip as RUN (RUN and PULL are
/// pipelined). On Bolt 4+ a batch holds at most fetch-size records; further batches are
/// pulled as the reader reaches the end of the buffered ones.
/// </summary>
internal sealed class ResultCursor : IResultCursor
{
    private readonly Queue<object?[]> _buffer = new();
    private readonly string[] _keys;
    private readonly Query _query;
    private readonly IReadOnlyDictionary<string, object?> _runMetadata;
    private readonly long _fetchSize;
    private readonly long? _qid;
    private readonly Func<IReadOnlyDictionary<string, object?>?, ValueTask> _onCompleted;
    private BoltConnection? _connection;
    private IReadOnlyDictionary<string, object?>? _endMetadata;
    private IRecord? _current;
    private bool _consumed;

    private ResultCursor(BoltConnection connection, Query query, string[] keys, IReadOnlyDictionary<string, object?> runMetadata,
        long fetchSize, Func<IReadOnlyDictionary<string, object?>?, ValueTask> onCompleted)
    {
        _connection = connection;
        _query = query;
        _keys = keys;
        _runMetadata = runMetadata;
        _fetchSize = fetchSize;
        _qid = runMetadata.GetValueOrDefault("qid") as long?;
        _onCompleted = onCompleted;
        Server = new ServerInfo(connection.Address, connection.ServerAgent, connection.Version.ToString());
    }

    private ServerInfo Server { get; }

    public bool IsOpen => _connection is not null;

    public IRecord Current => _current ?? throw new InvalidOperationException("Call FetchAsync (and check it returned true) before reading Current.");

    /// <summary>
    /// Sends RUN and the first PULL in one write and waits for both replies. <paramref name="onCompleted"/>
    /// runs once when the server has sent the last record: with the summary metadata, or with null
    /// when streaming failed after the first batch.
    /// </summary>
    public static async Task<ResultCursor> RunAsync(BoltConnection connection, Request run, Query query, long fetchSize,
        Func<IReadOnlyDictionary<string, object?>?, ValueTask> onCompleted, CancellationToken cancellationToken)
    {
        var runHandler = new ResponseHandler();
        var pullHandler = new RecordsHandler();
        connection.Enqueue(run, runHandler);
        connection.Enqueue(Requests.Pull(connection.Version, fetchSize), pullHandler);
        await connection.SyncAsync(cancellationToken).ConfigureAwait(false);
        var keys = (runHandler.Metadata!.GetValueOrDefault("fields") as List<object?> ?? []).Select(k => (string)k!).ToArray();
        var cursor = new ResultCursor(connection, query, keys, runHandler.Metadata!, fetchSize, onCompleted);
        await cursor.AcceptBatchAsync(pullHandler).ConfigureAwait(false);
        return cursor;
    }

    public Task<string[]> KeysAsync() => Task.FromResult(_keys);

    public async Task<bool> FetchAsync()
    {
        if (_consumed) throw new ClientException(ClientErrorCodes.ResultConsumed, "The result has been consumed; records can no longer be read.");
        if (!await EnsureBufferedAsync(CancellationToken.None).ConfigureAwait(false))
        {
            _current = null;
            return false;
        }
        _current = new Record(_keys, _buffer.Dequeue());
        return true;
    }

    public async Task<IRecord?> PeekAsync()
    {
        if (_consumed || !await EnsureBufferedAsync(CancellationToken.None).ConfigureAwait(false)) return null;
        return new Record(_keys, _buffer.Peek());
    }

    public async Task<IResultSummary> ConsumeAsync()
    {
        if (_connection is { } connection)
        {
            var discard = new RecordsHandler();
            connection.Enqueue(Requests.Discard(connection.Version, -1, _qid), discard);
            try
            {
                await connection.SyncAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch
            {
                _connection = null;
                _consumed = true;
                await _onCompleted(null).ConfigureAwait(false);
                throw;
            }
            await AcceptBatchAsync(discard).ConfigureAwait(false);
        }
        _buffer.Clear();
        _consumed = true;
        _current = null;
        return Summary();
    }

    /// <summary>Pulls every remaining record into memory so the connection is free for the next query.</summary>
    public async Task BufferRemainingAsync(CancellationToken cancellationToken)
    {
        while (_connection is not null) await PullAsync(-1, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerator<IRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        while (await FetchAsync().ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Current;
        }
    }

    private async Task<bool> EnsureBufferedAsync(CancellationToken cancellationToken)
    {
        while (_buffer.Count == 0 && _connection is not null) await PullAsync(_fetchSize, cancellationToken).ConfigureAwait(false);
        return _buffer.Count > 0;
    }

    private async Task PullAsync(long n, CancellationToken cancellationToken)
    {
        var connection = _connection!;
        var pull = new RecordsHandler();
        connection.Enqueue(Requests.Pull(connection.Version, n, _qid), pull);
        try
        {
            await connection.SyncAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The stream is over on the server (the failure was acknowledged); let the owner know.
            _connection = null;
            await _onCompleted(null).ConfigureAwait(false);
            throw;
        }
        await AcceptBatchAsync(pull).ConfigureAwait(false);
    }

    private async ValueTask AcceptBatchAsync(RecordsHandler batch)
    {
        foreach (var record in batch.Records) _buffer.Enqueue(record);
        if (batch.HasMore) return;
        _endMetadata = batch.Metadata ?? new Dictionary<string, object?>();
        _connection = null;
        await _onCompleted(_endMetadata).ConfigureAwait(false);
    }

    private ResultSummary Summary() => new(_query, Server, _runMetadata, _endMetadata ?? new Dictionary<string, object?>());
}
