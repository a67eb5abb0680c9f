namespace Commerce.Drivers.Redis.Connection;

/// <summary>
/// Keeps one <see cref="PhysicalConnection"/> alive: after a break it reconnects in the background
/// with exponential backoff, and callers arriving meanwhile wait for the new connection.
/// </summary>
internal sealed class ManagedConnection : IAsyncDisposable
{
    private readonly ConfigurationOptions _options;
    private readonly RoundTripCounter _counter;
    private readonly bool _subscriber;
    private readonly Action<RedisResult>? _onPush;
    private readonly Func<PhysicalConnection, CancellationToken, Task>? _onReconnected;
    private readonly CancellationTokenSource _disposed = new();
    private readonly Lock _gate = new();
    private PhysicalConnection? _current;
    private TaskCompletionSource<PhysicalConnection> _ready = NewReady();
    private int _reconnects;

    public ManagedConnection(
        ConfigurationOptions options, RoundTripCounter counter, bool subscriber,
        Action<RedisResult>? onPush = null, Func<PhysicalConnection, CancellationToken, Task>? onReconnected = null)
    {
        _options = options;
        _counter = counter;
        _subscriber = subscriber;
        _onPush = onPush;
        _onReconnected = onReconnected;
    }

    public bool IsConnected => Volatile.Read(ref _current) is { IsFailed: false };

    /// <summary>How many times the connection was restored after a break.</summary>
    public int ReconnectCount => Volatile.Read(ref _reconnects);

    public PhysicalConnection? Current => Volatile.Read(ref _current);

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = await PhysicalConnection.ConnectAsync(
            _options, _counter, _subscriber, OnBroken, _onPush, cancellationToken).ConfigureAwait(false);
        Install(connection);
    }

    /// <summary>First connection in the background: the first attempt at once, then the reconnect backoff.</summary>
    public void StartConnecting()
    {
        _ = Detached.Run(() => ConnectLoopAsync(TimeSpan.Zero, isReconnect: false));
    }

    /// <summary>The live connection, or the next one if a reconnect is under way (bounded by <paramref name="timeout"/>).</summary>
    public async ValueTask<PhysicalConnection> GetAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        var current = Volatile.Read(ref _current);
        if (current is { IsFailed: false })
        {
            return current;
        }

        Task<PhysicalConnection> ready;
        lock (_gate)
        {
            ready = _ready.Task;
        }

        try
        {
            return await ready.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            throw new RedisConnectionException(
                $"No connection to Redis {_options.Host}:{_options.Port} within {timeout.TotalMilliseconds} ms; reconnecting.", e);
        }
    }

    private void Install(PhysicalConnection connection)
    {
        TaskCompletionSource<PhysicalConnection> ready;
        lock (_gate)
        {
            _current = connection;
            ready = _ready;
        }

        ready.TrySetResult(connection);
        if (connection.IsFailed)
        {
            OnBroken(connection, new RedisConnectionException("Connection failed right after it opened."));
        }
    }

    private void OnBroken(PhysicalConnection connection, Exception error)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(_current, connection) || _disposed.IsCancellationRequested)
            {
                return;
            }

            _current = null;
            if (_ready.Task.IsCompleted)
            {
                _ready = NewReady();
            }
        }

        _ = Detached.Run(() => ConnectLoopAsync(_options.ReconnectDelay, isReconnect: true));
    }

    private async Task ConnectLoopAsync(TimeSpan firstDelay, bool isReconnect)
    {
        var delay = firstDelay;
        while (!_disposed.IsCancellationRequested)
        {
            try
            {
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, _disposed.Token).ConfigureAwait(false);
                }

                var connection = await PhysicalConnection.ConnectAsync(
                    _options, _counter, _subscriber, OnBroken, _onPush, _disposed.Token).ConfigureAwait(false);
                if (_disposed.IsCancellationRequested)
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                    return;
                }

                if (isReconnect)
                {
                    Interlocked.Increment(ref _reconnects);
                }

                Install(connection);
                if (_onReconnected is not null)
                {
                    try
                    {
                        await _onReconnected(connection, _disposed.Token).ConfigureAwait(false);
                    }
                    catch (Exception) when (connection.IsFailed)
                    {
                        // It broke again while restoring state; its own break starts the next attempt.
                    }
                }

                return;
            }
            catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                // Server still away: wait longer before the next attempt.
                delay = NextDelay(delay == TimeSpan.Zero ? _options.ReconnectDelay / 2 : delay, _options.MaxReconnectDelay);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        PhysicalConnection? current;
        lock (_gate)
        {
            if (_disposed.IsCancellationRequested)
            {
                return;
            }

            _disposed.Cancel();
            current = _current;
            _current = null;
            _ready.TrySetException(new ObjectDisposedException(nameof(ConnectionMultiplexer)));
        }

        if (current is not null)
        {
            await current.DisposeAsync().ConfigureAwait(false);
        }

        // _disposed is left undisposed on purpose: a reconnect attempt still in flight reads its token.
    }

    /// <summary>Exponential backoff: double the wait after each failed attempt, up to the cap.</summary>
    internal static TimeSpan NextDelay(TimeSpan delay, TimeSpan max) =>
        TimeSpan.FromTicks(Math.Min(Math.Max(delay.Ticks, 1) * 2, max.Ticks));

    private static TaskCompletionSource<PhysicalConnection> NewReady() =>
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}
