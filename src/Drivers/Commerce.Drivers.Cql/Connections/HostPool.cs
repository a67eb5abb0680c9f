using System.Net;

namespace Commerce.Drivers.Cql.Connections;

/// <summary>
/// Up to N connections to one host. Requests go to the least busy open connection; closed ones are
/// dropped and replaced on demand, and after a failed connect the host is left alone for a backoff
/// that doubles up to a minute, then tried again.
/// </summary>
internal sealed class HostPool : IAsyncDisposable
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    private readonly Func<CancellationToken, Task<Connection>> _open;
    private readonly int _size;
    private readonly SemaphoreSlim _openLock = new(1, 1);
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private List<Connection> _connections = [];
    private DateTimeOffset _retryAfter = DateTimeOffset.MinValue;
    private TimeSpan _backoff = TimeSpan.FromSeconds(1);
    private Exception? _lastError;
    private bool _disposed;

    public HostPool(IPEndPoint endPoint, int size, Func<CancellationToken, Task<Connection>> open, TimeProvider time)
    {
        EndPoint = endPoint;
        _size = size;
        _open = open;
        _time = time;
    }

    public IPEndPoint EndPoint { get; }

    public IReadOnlyList<Connection> Connections
    {
        get
        {
            lock (_lock) return _connections.ToArray();
        }
    }

    public async Task<Connection> AcquireAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var open = OpenConnections();
        if (open.Count >= _size) return LeastBusy(open);
        if (open.Count > 0)
        {
            // Grow in the background; the request need not wait for a new connection.
            if (_time.GetUtcNow() >= _retryAfter)
            {
                // A failed background connect only sets the backoff; nobody awaits it, so observe it here.
                _ = GrowAsync(CancellationToken.None).ContinueWith(t => _ = t.Exception, CancellationToken.None,
                    TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
            return LeastBusy(open);
        }
        if (_time.GetUtcNow() < _retryAfter && _lastError is not null)
            throw new ConnectionClosedException($"{EndPoint} is down (retrying after {_retryAfter:HH:mm:ss}): {_lastError.Message}", _lastError);
        return await GrowAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Connection> GrowAsync(CancellationToken cancellationToken)
    {
        await _openLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var open = OpenConnections();
            if (open.Count >= _size || (open.Count > 0 && _time.GetUtcNow() < _retryAfter)) return LeastBusy(open);
            try
            {
                var connection = await _open(cancellationToken).ConfigureAwait(false);
                lock (_lock)
                {
                    if (_disposed)
                    {
                        _ = connection.DisposeAsync();
                        throw new ObjectDisposedException(nameof(HostPool));
                    }
                    _connections = [.. _connections.Where(c => !c.IsClosed), connection];
                }
                _backoff = TimeSpan.FromSeconds(1);
                _retryAfter = DateTimeOffset.MinValue;
                _lastError = null;
                return connection;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && ex is not CqlServerException)
            {
                _lastError = ex;
                _retryAfter = _time.GetUtcNow() + _backoff;
                _backoff = TimeSpan.FromTicks(Math.Min(_backoff.Ticks * 2, MaxBackoff.Ticks));
                throw;
            }
        }
        finally
        {
            _openLock.Release();
        }
    }

    private List<Connection> OpenConnections()
    {
        lock (_lock)
        {
            if (_connections.Any(c => c.IsClosed))
            {
                foreach (var closed in _connections.Where(c => c.IsClosed)) _ = closed.DisposeAsync();
                _connections = _connections.Where(c => !c.IsClosed).ToList();
            }
            return _connections;
        }
    }

    private static Connection LeastBusy(List<Connection> connections) => connections.MinBy(c => c.InFlight)!;

    public async ValueTask DisposeAsync()
    {
        List<Connection> connections;
        lock (_lock)
        {
            _disposed = true;
            connections = _connections;
            _connections = [];
        }
        foreach (var connection in connections) await connection.DisposeAsync().ConfigureAwait(false);
    }
}
