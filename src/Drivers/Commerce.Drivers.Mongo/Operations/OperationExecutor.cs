using Commerce.Drivers.Mongo.Bson;
using Commerce.Drivers.Mongo.Connections;
using Commerce.Drivers.Mongo.Sessions;
using Commerce.Drivers.Mongo.Wire;

namespace Commerce.Drivers.Mongo.Operations;

/// <summary>
/// Runs a command on the primary: session fields, a pooled connection, one retry for reads whose
/// connection died, and typed errors for <c>ok: 0</c> (write commands check their writeErrors themselves). Writes are never retried: the first attempt may have been applied.
/// </summary>
internal sealed class OperationExecutor : IAsyncDisposable
{
    private readonly MongoClientSettings _settings;
    private readonly SemaphoreSlim _selection = new(1, 1);
    private ConnectionPool? _pool;

    public OperationExecutor(MongoClientSettings settings) => _settings = settings;

    public async Task<BsonDocument> RunAsync(
        string database,
        BsonDocument command,
        IReadOnlyList<DocumentSequence>? sequences,
        ClientSessionHandle? session,
        bool retryableRead,
        CancellationToken cancellationToken)
    {
        var inTransaction = session?.IsInTransaction == true;
        session?.ApplyTo(command);
        var pool = await GetPoolAsync(cancellationToken).ConfigureAwait(false);
        BsonDocument reply;
        var connection = await pool.AcquireAsync(fresh: false, cancellationToken).ConfigureAwait(false);
        try
        {
            try
            {
                reply = await connection.RoundTripAsync(database, command, sequences, cancellationToken).ConfigureAwait(false);
            }
            catch (MongoConnectionException)
            {
                await pool.ReleaseAsync(connection).ConfigureAwait(false);
                connection = null;
                await pool.ClearIdleAsync().ConfigureAwait(false);
                if (!retryableRead || inTransaction)
                {
                    throw;
                }

                connection = await pool.AcquireAsync(fresh: true, cancellationToken).ConfigureAwait(false);
                reply = await connection.RoundTripAsync(database, command, sequences, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (connection is not null)
            {
                await pool.ReleaseAsync(connection).ConfigureAwait(false);
            }
        }

        try
        {
            ServerErrors.ThrowIfCommandFailed(reply);
        }
        catch (MongoNotPrimaryException)
        {
            await ForgetServerAsync(pool).ConfigureAwait(false);
            throw;
        }

        return reply;
    }

    internal async ValueTask<ConnectionPool> GetPoolAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _pool) is { } pool)
        {
            return pool;
        }

        await _selection.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _pool ??= new ConnectionPool(await SelectPrimaryAsync(cancellationToken).ConfigureAwait(false), _settings);
        }
        finally
        {
            _selection.Release();
        }
    }

    /// <summary>
    /// With directConnection (or one host and no replica set) the host is used as given. Otherwise each
    /// seed is asked <c>hello</c> until one says it is the writable primary of the named set, following
    /// the <c>primary</c> a secondary reports.
    /// </summary>
    private async Task<ServerAddress> SelectPrimaryAsync(CancellationToken cancellationToken)
    {
        if (_settings.DirectConnection || (_settings.Servers.Count == 1 && _settings.ReplicaSetName is null))
        {
            return _settings.Servers[0];
        }

        var probeSettings = _settings with { Credential = null };
        var deadline = DateTime.UtcNow + _settings.ServerSelectionTimeout;
        var lastError = "";
        while (true)
        {
            var candidates = new Queue<ServerAddress>(_settings.Servers);
            var seen = new HashSet<ServerAddress>();
            while (candidates.TryDequeue(out var candidate))
            {
                if (!seen.Add(candidate))
                {
                    continue;
                }

                try
                {
                    await using var probe = await MongoConnection.OpenAsync(candidate, probeSettings, cancellationToken).ConfigureAwait(false);
                    var hello = probe.Hello;
                    if (hello.IsWritablePrimary && (_settings.ReplicaSetName is null || _settings.ReplicaSetName == hello.SetName))
                    {
                        return candidate;
                    }

                    if (hello.Primary is { } primary && ParseHostPort(primary) is { } reported)
                    {
                        candidates.Enqueue(reported);
                    }

                    lastError = $"{candidate} is not the writable primary of {_settings.ReplicaSetName ?? "the set"}";
                }
                catch (MongoConnectionException e)
                {
                    lastError = e.Message;
                }
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new MongoConnectionException($"No writable primary found within {_settings.ServerSelectionTimeout.TotalSeconds} s ({lastError}).");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
        }
    }

    private static ServerAddress? ParseHostPort(string text)
    {
        var colon = text.LastIndexOf(':');
        return colon > 0 && int.TryParse(text[(colon + 1)..], out var port) ? new ServerAddress(text[..colon].Trim('[', ']'), port) : null;
    }

    private async Task ForgetServerAsync(ConnectionPool pool)
    {
        if (Interlocked.CompareExchange(ref _pool, null, pool) == pool)
        {
            await pool.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _pool, null) is { } pool)
        {
            await pool.DisposeAsync().ConfigureAwait(false);
        }
    }
}
