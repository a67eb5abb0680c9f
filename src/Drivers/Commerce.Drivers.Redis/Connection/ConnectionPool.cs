using System.Collections.Concurrent;

namespace Commerce.Drivers.Redis.Connection;

/// <summary>
/// A few exclusive connections for work that must not share the multiplexed one: blocking commands
/// (BLPOP, ...) that would stall every caller behind them, and WATCH/MULTI/EXEC whose state is per connection.
/// </summary>
internal sealed class ConnectionPool : IAsyncDisposable
{
    private readonly ConfigurationOptions _options;
    private readonly RoundTripCounter _counter;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<PhysicalConnection> _idle = [];
    private bool _disposed;

    public ConnectionPool(ConfigurationOptions options, RoundTripCounter counter)
    {
        _options = options;
        _counter = counter;
        _slots = new SemaphoreSlim(options.BlockingPoolSize, options.BlockingPoolSize);
    }

    public async Task<Lease> LeaseAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!await _slots.WaitAsync(_options.SyncTimeout, cancellationToken).ConfigureAwait(false))
        {
            throw new RedisTimeoutException(
                $"All {_options.BlockingPoolSize} pooled Redis connections stayed busy for {_options.SyncTimeout.TotalMilliseconds} ms.");
        }

        try
        {
            while (_idle.TryTake(out var idle))
            {
                if (!idle.IsFailed)
                {
                    return new Lease(this, idle);
                }
            }

            var fresh = await PhysicalConnection.ConnectAsync(
                _options, _counter, subscriber: false, onBroken: null, onPush: null, cancellationToken).ConfigureAwait(false);
            return new Lease(this, fresh);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    private async ValueTask ReturnAsync(PhysicalConnection connection, bool reusable)
    {
        if (reusable && !connection.IsFailed && !_disposed)
        {
            _idle.Add(connection);
        }
        else
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        _slots.Release();
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryTake(out var idle))
        {
            await idle.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Exclusive use of one pooled connection; mark it unusable when its state is unknown.</summary>
    internal sealed class Lease : IAsyncDisposable
    {
        private readonly ConnectionPool _pool;
        private bool _returned;

        public Lease(ConnectionPool pool, PhysicalConnection connection)
        {
            _pool = pool;
            Connection = connection;
        }

        public PhysicalConnection Connection { get; }

        public bool Reusable { get; set; } = true;

        public ValueTask DisposeAsync()
        {
            if (_returned)
            {
                return ValueTask.CompletedTask;
            }

            _returned = true;
            return _pool.ReturnAsync(Connection, Reusable);
        }
    }
}
