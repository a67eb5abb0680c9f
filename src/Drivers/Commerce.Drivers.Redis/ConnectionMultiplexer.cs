using Commerce.Drivers.Redis.Connection;

namespace Commerce.Drivers.Redis;

/// <summary>
/// The entry point: <c>await ConnectionMultiplexer.ConnectAsync("127.0.0.1:16379,password=...")</c>.
/// Share one per process; every database view and caller multiplexes over its one main connection.
/// </summary>
public sealed class ConnectionMultiplexer : IConnectionMultiplexer
{
    private static readonly HashSet<string> BlockingCommands = new(StringComparer.OrdinalIgnoreCase)
    {
        "BLPOP", "BRPOP", "BRPOPLPUSH", "BLMOVE", "BLMPOP", "BZPOPMIN", "BZPOPMAX", "BZMPOP", "WAIT", "WAITAOF",
    };

    private readonly ManagedConnection _main;
    private readonly Lazy<RedisSubscriber> _subscriber;
    private int _disposed;

    private ConnectionMultiplexer(ConfigurationOptions options)
    {
        Configuration = options;
        KeyPrefix = RedisKeyBuilder.PrefixBytes(options.KeyPrefix);
        _main = new ManagedConnection(options, Counter, subscriber: false);
        Pool = new ConnectionPool(options, Counter);
        _subscriber = new Lazy<RedisSubscriber>(() => new RedisSubscriber(this));
    }

    public ConfigurationOptions Configuration { get; }

    public bool IsConnected => _main.IsConnected;

    public RedisProtocol Protocol => _main.Current?.Protocol ?? Configuration.Protocol;

    public long RoundTripCount => Counter.Value;

    public int ReconnectCount => _main.ReconnectCount;

    internal RoundTripCounter Counter { get; } = new();

    internal ConnectionPool Pool { get; }

    internal ScriptCache Scripts { get; } = new();

    internal byte[]? KeyPrefix { get; }

    /// <summary>Test seam: the main connection's server-side id, for CLIENT KILL.</summary>
    internal long MainClientId => _main.Current?.ClientId ?? 0;

    internal RedisSubscriber Subscriber => _subscriber.Value;

    public static Task<IConnectionMultiplexer> ConnectAsync(string configuration, CancellationToken cancellationToken = default) =>
        ConnectAsync(ConfigurationOptions.Parse(configuration), cancellationToken);

    public static async Task<IConnectionMultiplexer> ConnectAsync(ConfigurationOptions options, CancellationToken cancellationToken = default)
    {
        var multiplexer = new ConnectionMultiplexer(options.Clone());
        try
        {
            await multiplexer._main.ConnectAsync(cancellationToken).ConfigureAwait(false);
            return multiplexer;
        }
        catch
        {
            await multiplexer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public IDatabase GetDatabase(int db = -1)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        return new RedisDatabase(this, db < 0 ? Configuration.DefaultDatabase : db, KeyPrefix);
    }

    public ISubscriber GetSubscriber()
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        return _subscriber.Value;
    }

    /// <summary>Sends on the main connection (waiting out a reconnect), or on a pooled one for blocking commands.</summary>
    internal async Task<RedisResult> ExecuteAsync(Message message, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        if (BlockingCommands.Contains(message.CommandName))
        {
            await using var lease = await Pool.LeaseAsync(cancellationToken).ConfigureAwait(false);
            if (!lease.Connection.TryEnqueue(message))
            {
                throw new RedisConnectionException("The pooled connection was lost.");
            }

            // A blocking command waits as long as it asked the server to; only cancellation cuts it short.
            return await message.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        while (true)
        {
            var connection = await _main.GetAsync(Configuration.SyncTimeout, cancellationToken).ConfigureAwait(false);
            if (connection.TryEnqueue(message))
            {
                break;
            }

            // It broke between the lookup and the enqueue: wait for the next one.
        }

        return await WaitAsync(message, cancellationToken).ConfigureAwait(false);
    }

    internal async Task<RedisResult> WaitAsync(Message message, CancellationToken cancellationToken)
    {
        try
        {
            return await message.Task.WaitAsync(Configuration.SyncTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            throw new RedisTimeoutException(
                $"No reply to {message.CommandName} within {Configuration.SyncTimeout.TotalMilliseconds} ms (syncTimeout).", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_subscriber.IsValueCreated)
        {
            await _subscriber.Value.DisposeAsync().ConfigureAwait(false);
        }

        await Pool.DisposeAsync().ConfigureAwait(false);
        await _main.DisposeAsync().ConfigureAwait(false);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
