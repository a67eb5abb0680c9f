using System.Diagnostics;
using Commerce.Drivers.Bolt.Exceptions;
using Commerce.Drivers.Bolt.Protocol;

namespace Commerce.Drivers.Bolt.Internal;

internal sealed class AsyncSession(ConnectionPool pool, SessionConfig config, string address) : IAsyncSession
{
    private readonly List<string> _bookmarks = [.. config.Bookmarks];
    private BoltConnection? _connection;
    private ResultCursor? _openResult;
    private AsyncTransaction? _transaction;
    private bool _closed;

    private long FetchSize => config.FetchSize ?? pool.Config.FetchSize;

    public Bookmarks LastBookmarks => new(_bookmarks.ToList());

    public Task<IResultCursor> RunAsync(string query) => RunAsync(new Query(query));

    public Task<IResultCursor> RunAsync(string query, object? parameters) => RunAsync(new Query(query, parameters));

    public Task<IResultCursor> RunAsync(string query, object? parameters, Action<TransactionConfigBuilder> configure)
    {
        var builder = new TransactionConfigBuilder();
        configure(builder);
        return RunAsync(new Query(query, parameters), builder.Config, CancellationToken.None);
    }

    public Task<IResultCursor> RunAsync(Query query) => RunAsync(query, new TransactionConfig(), CancellationToken.None);

    public Task<IResultCursor> RunAsync(Query query, CancellationToken cancellationToken) => RunAsync(query, new TransactionConfig(), cancellationToken);

    /// <summary>An auto-commit transaction: RUN (with the transaction extra from v3) and PULL in one round trip.</summary>
    private async Task<IResultCursor> RunAsync(Query query, TransactionConfig transactionConfig, CancellationToken cancellationToken)
    {
        await PrepareForWorkAsync(cancellationToken).ConfigureAwait(false);
        var connection = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Dictionary<string, object?>? extra = null;
            if (connection.Version >= BoltVersion.V3)
                extra = Requests.TransactionExtra(connection.Version, _bookmarks, config.Database, config.DefaultAccessMode, transactionConfig.Timeout, transactionConfig.Metadata);
            else if (config.Database is not null || transactionConfig.Timeout is not null || transactionConfig.Metadata is { Count: > 0 })
                throw new ClientException(ClientErrorCodes.Unsupported, $"Databases, transaction timeouts and metadata need Bolt 3 or later; the server speaks {connection.Version}.");
            var run = Requests.Run(connection.Version, query.Text, query.Parameters, extra);
            var cursor = await ResultCursor.RunAsync(connection, run, query, FetchSize, async end =>
            {
                if (end is not null) RememberBookmark(end);
                _openResult = null;
                await ReleaseAsync().ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            if (cursor.IsOpen) _openResult = cursor;
            return cursor;
        }
        catch
        {
            await ReleaseAsync().ConfigureAwait(false);
            throw;
        }
    }

    public Task<IAsyncTransaction> BeginTransactionAsync(Action<TransactionConfigBuilder>? configure = null) =>
        BeginTransactionAsync(config.DefaultAccessMode, configure);

    public async Task<IAsyncTransaction> BeginTransactionAsync(AccessMode mode, Action<TransactionConfigBuilder>? configure = null)
    {
        var builder = new TransactionConfigBuilder();
        configure?.Invoke(builder);
        await PrepareForWorkAsync(CancellationToken.None).ConfigureAwait(false);
        var connection = await AcquireAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            _transaction = AsyncTransaction.Begin(connection, _bookmarks, config.Database, mode, builder.Config, FetchSize, OnTransactionClosedAsync);
            return _transaction;
        }
        catch
        {
            await ReleaseAsync().ConfigureAwait(false);
            throw;
        }
    }

    public Task<T> ExecuteReadAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default) =>
        ExecuteWithRetryAsync(AccessMode.Read, work, configure, cancellationToken);

    public Task ExecuteReadAsync(Func<IAsyncQueryRunner, Task> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default) =>
        ExecuteWithRetryAsync(AccessMode.Read, async tx => { await work(tx).ConfigureAwait(false); return true; }, configure, cancellationToken);

    public Task<T> ExecuteWriteAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default) =>
        ExecuteWithRetryAsync(AccessMode.Write, work, configure, cancellationToken);

    public Task ExecuteWriteAsync(Func<IAsyncQueryRunner, Task> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default) =>
        ExecuteWithRetryAsync(AccessMode.Write, async tx => { await work(tx).ConfigureAwait(false); return true; }, configure, cancellationToken);

    /// <summary>
    /// A transaction function: begin, run the work, commit. Failures the server calls transient
    /// (deadlocks, leader changes) and lost connections retry the whole function with
    /// exponential backoff and jitter until <see cref="DriverConfig.MaxTransactionRetryTime"/>.
    /// </summary>
    private async Task<T> ExecuteWithRetryAsync<T>(AccessMode mode, Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var delay = pool.Config.TransactionRetryInitialDelay;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IAsyncTransaction? transaction = null;
            try
            {
                transaction = await BeginTransactionAsync(mode, configure).ConfigureAwait(false);
                var result = await work(transaction).ConfigureAwait(false);
                if (transaction.IsOpen) await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch (Exception error)
            {
                if (transaction is { IsOpen: true })
                {
                    try
                    {
                        await transaction.RollbackAsync().ConfigureAwait(false);
                    }
                    catch (Neo4jException)
                    {
                        // The original error is the one worth reporting.
                    }
                }
                if (error is not Neo4jException { IsRetriable: true } || clock.Elapsed >= pool.Config.MaxTransactionRetryTime) throw;
            }
            var jitter = 0.8 + Random.Shared.NextDouble() * 0.4;
            await Task.Delay(delay * jitter, cancellationToken).ConfigureAwait(false);
            delay *= 2;
        }
    }

    private async Task PrepareForWorkAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (_transaction is { IsOpen: true })
            throw new ClientException(ClientErrorCodes.TransactionClosed,
                "The session has an open transaction: run queries through it, or commit or roll it back first.");
        // Like the official driver: an unfinished result is buffered before the next piece of work.
        if (_openResult is { } open) await open.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<BoltConnection> AcquireAsync(CancellationToken cancellationToken) =>
        _connection = await pool.AcquireAsync(cancellationToken).ConfigureAwait(false);

    private async ValueTask ReleaseAsync()
    {
        if (_connection is not { } connection) return;
        _connection = null;
        await pool.ReleaseAsync(connection).ConfigureAwait(false);
    }

    private async ValueTask OnTransactionClosedAsync(IReadOnlyDictionary<string, object?>? commitMetadata)
    {
        if (commitMetadata is not null) RememberBookmark(commitMetadata);
        _transaction = null;
        await ReleaseAsync().ConfigureAwait(false);
    }

    private void RememberBookmark(IReadOnlyDictionary<string, object?> metadata)
    {
        if (metadata.GetValueOrDefault("bookmark") is not string bookmark) return;
        _bookmarks.Clear();
        _bookmarks.Add(bookmark);
    }

    public Task CloseAsync() => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        if (_closed) return;
        try
        {
            if (_transaction is { IsOpen: true } transaction) await transaction.DisposeAsync().ConfigureAwait(false);
            if (_openResult is { } open) await open.ConsumeAsync().ConfigureAwait(false);
        }
        finally
        {
            _closed = true;
            await ReleaseAsync().ConfigureAwait(false);
        }
    }

    public override string ToString() => $"AsyncSession({address}, {config.Database ?? "default database"})";
}
