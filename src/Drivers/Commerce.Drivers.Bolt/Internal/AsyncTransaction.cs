using Commerce.Drivers.Bolt.Exceptions;
using Commerce.Drivers.Bolt.Protocol;

namespace Commerce.Drivers.Bolt.Internal;

/// <summary>
/// An explicit transaction. From Bolt 3 it is the BEGIN/COMMIT/ROLLBACK messages; on Bolt 1-2 it
/// is the statements "BEGIN", "COMMIT", "ROLLBACK" run like any query. BEGIN is queued, not
/// sent: it travels in the same write as the first query (or the COMMIT).
/// </summary>
internal sealed class AsyncTransaction : IAsyncTransaction
{
    private enum State { Active, Failed, Committed, RolledBack }

    private readonly BoltConnection _connection;
    private readonly long _fetchSize;
    private readonly Func<IReadOnlyDictionary<string, object?>?, ValueTask> _onClosed;
    private ResultCursor? _openResult;
    private State _state = State.Active;

    private AsyncTransaction(BoltConnection connection, long fetchSize, Func<IReadOnlyDictionary<string, object?>?, ValueTask> onClosed)
    {
        _connection = connection;
        _fetchSize = fetchSize;
        _onClosed = onClosed;
    }

    /// <summary>True until committed or rolled back (a failed transaction stays open until rolled back).</summary>
    public bool IsOpen => _state is State.Active or State.Failed;

    public static AsyncTransaction Begin(BoltConnection connection, IReadOnlyList<string> bookmarks, string? database, AccessMode mode,
        TransactionConfig config, long fetchSize, Func<IReadOnlyDictionary<string, object?>?, ValueTask> onClosed)
    {
        var version = connection.Version;
        if (version >= BoltVersion.V3)
        {
            connection.Enqueue(Requests.Begin(Requests.TransactionExtra(version, bookmarks, database, mode, config.Timeout, config.Metadata)), new ResponseHandler());
        }
        else
        {
            if (database is not null || config.Timeout is not null || config.Metadata is { Count: > 0 })
                throw new ClientException(ClientErrorCodes.Unsupported, $"Databases, transaction timeouts and metadata need Bolt 3 or later; the server speaks {version}.");
            // Neo4j 3.x reads the causal-consistency bookmark as a parameter of BEGIN.
            var parameters = bookmarks.Count > 0 ? new Dictionary<string, object?> { ["bookmark"] = bookmarks[^1] } : null;
            connection.Enqueue(Requests.Run(version, "BEGIN", parameters), new ResponseHandler());
            connection.Enqueue(Requests.Discard(version), new ResponseHandler());
        }
        return new AsyncTransaction(connection, fetchSize, onClosed);
    }

    public Task<IResultCursor> RunAsync(string query) => RunAsync(new Query(query));

    public Task<IResultCursor> RunAsync(string query, object? parameters) => RunAsync(new Query(query, parameters));

    public Task<IResultCursor> RunAsync(Query query) => RunAsync(query, CancellationToken.None);

    public async Task<IResultCursor> RunAsync(Query query, CancellationToken cancellationToken)
    {
        EnsureActive("run a query in");
        try
        {
            if (_openResult is { } open) await open.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
            var run = Requests.Run(_connection.Version, query.Text, query.Parameters);
            var cursor = await ResultCursor.RunAsync(_connection, run, query, _fetchSize, end =>
            {
                _openResult = null;
                if (end is null) _state = State.Failed;
                return ValueTask.CompletedTask;
            }, cancellationToken).ConfigureAwait(false);
            if (cursor.IsOpen) _openResult = cursor;
            return cursor;
        }
        catch (Neo4jException)
        {
            // The server has acknowledged the failure: from v3 RESET ended the transaction; on
            // v1-2 it is rolled back when the transaction closes.
            _state = State.Failed;
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (_state == State.Failed)
        {
            await RollbackAsync(cancellationToken).ConfigureAwait(false);
            throw new ClientException(ClientErrorCodes.TransactionClosed, "Cannot commit: a query in this transaction failed, so it was rolled back.");
        }
        EnsureActive("commit");
        var handlers = await EndAsync(commit: true, cancellationToken).ConfigureAwait(false);
        var metadata = new Dictionary<string, object?>();
        foreach (var handler in handlers)
            foreach (var (key, value) in handler.Metadata ?? new Dictionary<string, object?>())
                metadata[key] = value;
        _state = State.Committed;
        await _onClosed(metadata).ConfigureAwait(false);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_state == State.RolledBack) return;
        EnsureActive("roll back", allowFailed: true);
        var failed = _state == State.Failed;
        try
        {
            // From v3 RESET has already discarded a failed transaction; on v1-2 it may still be open.
            if (!failed || _connection.Version < BoltVersion.V3) await EndAsync(commit: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException) when (failed)
        {
            // The server may have rolled the failed transaction back already.
        }
        finally
        {
            _state = State.RolledBack;
            await _onClosed(null).ConfigureAwait(false);
        }
    }

    private async Task<ResponseHandler[]> EndAsync(bool commit, CancellationToken cancellationToken)
    {
        if (_openResult is { } open && commit) await open.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
        _openResult = null;
        var version = _connection.Version;
        ResponseHandler[] handlers;
        if (version >= BoltVersion.V3)
        {
            handlers = [new ResponseHandler()];
            _connection.Enqueue(commit ? Requests.Commit() : Requests.Rollback(), handlers[0]);
        }
        else
        {
            // The bookmark of a v1 commit arrives in the summary of the COMMIT statement's stream.
            handlers = [new ResponseHandler(), new ResponseHandler()];
            _connection.Enqueue(Requests.Run(version, commit ? "COMMIT" : "ROLLBACK", null), handlers[0]);
            _connection.Enqueue(Requests.Discard(version), handlers[1]);
        }
        try
        {
            await _connection.SyncAsync(cancellationToken).ConfigureAwait(false);
        }
        catch when (commit)
        {
            // A COMMIT that failed or whose answer was lost leaves nothing to roll back here.
            _state = State.RolledBack;
            await _onClosed(null).ConfigureAwait(false);
            throw;
        }
        return handlers;
    }

    private void EnsureActive(string action, bool allowFailed = false)
    {
        if (_state == State.Active || allowFailed && _state == State.Failed) return;
        throw new ClientException(ClientErrorCodes.TransactionClosed,
            _state == State.Failed
                ? $"Cannot {action} this transaction: a query in it failed; roll it back."
                : $"Cannot {action} a transaction that has been {(_state == State.Committed ? "committed" : "rolled back")}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!IsOpen) return;
        try
        {
            await RollbackAsync().ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // Disposal must not throw; a connection left in doubt is already marked broken.
        }
    }
}
