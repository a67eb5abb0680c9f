using System.Collections.Concurrent;

namespace Commerce.Drivers.Mongo.Connections;

/// <summary>
/// Connections to one server, at most <c>maxPoolSize</c> of them checked out or idle at once.
/// A caller waits for a slot up to <c>waitQueueTimeoutMS</c>; idle connections are reused LIFO.
/// </summary>
internal sealed class ConnectionPool : IAsyncDisposable
{
    private readonly MongoClientSettings _settings;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentStack<MongoConnection> _idle = new();
    private int _open;
    private int _disposed;

    public ConnectionPool(ServerAddress address, MongoClientSettings settings)
    {
        Address = address;
        _settings = settings;
        _slots = new SemaphoreSlim(settings.MaxConnectionPoolSize, settings.MaxConnectionPoolSize);
    }

    public ServerAddress Address { get; }

    /// <summary>Connections currently open (idle plus checked out).</summary>
    public int OpenCount => Volatile.Read(ref _open);

    public int IdleCount => _idle.Count;

    /// <param name="fresh">Skip idle connections: used to retry after one turned out dead.</param>
    public async Task<MongoConnection> AcquireAsync(bool fresh, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        if (!await _slots.WaitAsync(_settings.WaitQueueTimeout, cancellationToken).ConfigureAwait(false))
        {
            throw new MongoWaitQueueTimeoutException(
                $"Timed out after {_settings.WaitQueueTimeout.TotalMilliseconds} ms waiting for one of {_settings.MaxConnectionPoolSize} connections to {Address}.");
        }

        try
        {
            while (!fresh && _idle.TryPop(out var idle))
            {
                if (!idle.IsBroken)
                {
                    return idle;
                }

                await CloseAsync(idle).ConfigureAwait(false);
            }

            var connection = await MongoConnection.OpenAsync(Address, _settings, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _open);
            return connection;
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    public async ValueTask ReleaseAsync(MongoConnection connection)
    {
        if (connection.IsBroken || _disposed != 0)
        {
            await CloseAsync(connection).ConfigureAwait(false);
        }
        else
        {
            _idle.Push(connection);
        }

        _slots.Release();
    }

    /// <summary>
    /// Closes every idle connection. Called when one connection fails: whatever killed it (a server
    /// restart, a network cut) most likely killed its idle siblings too, and each would otherwise
    /// cost a failed operation to discover (the CMAP spec clears the pool for the same reason).
    /// </summary>
    public async ValueTask ClearIdleAsync()
    {
        while (_idle.TryPop(out var connection))
        {
            await CloseAsync(connection).ConfigureAwait(false);
        }
    }

    /// <summary>Tests only: cuts every idle socket, as a server restart or a network blip would.</summary>
    internal void SeverIdleConnectionsForTesting()
    {
        foreach (var connection in _idle)
        {
            connection.SeverForTesting();
        }
    }

    private async ValueTask CloseAsync(MongoConnection connection)
    {
        Interlocked.Decrement(ref _open);
        await connection.DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        while (_idle.TryPop(out var connection))
        {
            await CloseAsync(connection).ConfigureAwait(false);
        }
    }
}
