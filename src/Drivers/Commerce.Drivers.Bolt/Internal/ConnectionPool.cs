using System.Collections.Concurrent;
using Commerce.Drivers.Bolt.Exceptions;
using Commerce.Drivers.Bolt.Protocol;

namespace Commerce.Drivers.Bolt.Internal;

/// <summary>
/// Connections to one server, at most <see cref="DriverConfig.MaxConnectionPoolSize"/> at a time.
/// Acquiring waits for a free slot up to the acquisition timeout; released connections that are
/// still healthy are reused, most recently used first.
/// </summary>
internal sealed class ConnectionPool(string host, int port, IAuthToken auth, DriverConfig config) : IAsyncDisposable
{
    private readonly SemaphoreSlim _slots = new(config.MaxConnectionPoolSize, config.MaxConnectionPoolSize);
    private readonly ConcurrentStack<BoltConnection> _idle = new();
    private int _created;
    private volatile bool _disposed;

    public DriverConfig Config => config;

    public int CreatedCount => Volatile.Read(ref _created);

    public int IdleCount => _idle.Count;

    public int InUseCount => config.MaxConnectionPoolSize - _slots.CurrentCount;

    public async Task<BoltConnection> AcquireAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!await _slots.WaitAsync(config.ConnectionAcquisitionTimeout, cancellationToken).ConfigureAwait(false))
            throw new ClientException(ClientErrorCodes.PoolAcquisitionTimeout,
                $"Failed to obtain a connection from the pool within {config.ConnectionAcquisitionTimeout}: all {config.MaxConnectionPoolSize} connections are in use.");
        try
        {
            while (_idle.TryPop(out var idle))
            {
                if (idle.LooksAlive) return idle;
                await idle.DisposeAsync().ConfigureAwait(false);
            }
            var connection = await BoltConnection.OpenAsync(host, port, config, auth, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _created);
            return connection;
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        try
        {
            if (connection.IsBroken || _disposed) await connection.DisposeAsync().ConfigureAwait(false);
            else _idle.Push(connection);
        }
        finally
        {
            _slots.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryPop(out var connection)) await connection.DisposeAsync().ConfigureAwait(false);
    }
}
