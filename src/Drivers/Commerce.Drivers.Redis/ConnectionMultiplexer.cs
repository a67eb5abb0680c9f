using System.Diagnostics;
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

    // These change the state of the connection they run on, which every caller shares.
    private static readonly Dictionary<string, string> ConnectionStateCommands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MULTI"] = "use IDatabase.CreateTransaction()",
        ["EXEC"] = "use IDatabase.CreateTransaction()",
        ["DISCARD"] = "use IDatabase.CreateTransaction()",
        ["WATCH"] = "use a transaction Condition",
        ["UNWATCH"] = "use a transaction Condition",
        ["SELECT"] = "use GetDatabase(n)",
        ["SUBSCRIBE"] = "use GetSubscriber()",
        ["PSUBSCRIBE"] = "use GetSubscriber()",
        ["SSUBSCRIBE"] = "use GetSubscriber()",
        ["UNSUBSCRIBE"] = "use GetSubscriber()",
        ["PUNSUBSCRIBE"] = "use GetSubscriber()",
        ["SUNSUBSCRIBE"] = "use GetSubscriber()",
        ["MONITOR"] = "open a separate client",
        ["QUIT"] = "dispose the multiplexer",
        ["RESET"] = "dispose the multiplexer",
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
        if (!options.AbortOnConnectFail)
        {
            return Connect(options);
        }

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

    public static IConnectionMultiplexer Connect(string configuration) => Connect(ConfigurationOptions.Parse(configuration));

    /// <summary>
    /// Returns at once and connects in the background (<c>abortConnect=false</c>), retrying with the reconnect
    /// backoff until the server answers. Meanwhile commands wait for the connection at most connectTimeout
    /// (and syncTimeout), then fail with <see cref="RedisConnectionException"/>: a Redis that is down at
    /// start-up fails the calls that need it, not the process that holds the multiplexer.
    /// </summary>
    public static IConnectionMultiplexer Connect(ConfigurationOptions options)
    {
        var multiplexer = new ConnectionMultiplexer(options.Clone());
        multiplexer._main.StartConnecting();
        return multiplexer;
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

    /// <summary>
    /// Sends on the main connection, or on a pooled one for blocking commands. When the connection is
    /// up this allocates nothing beyond the message: no timer, no extra task (timeouts are swept per connection).
    /// </summary>
    internal Task<RedisResult> ExecuteAsync(Message message, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        if (ConnectionStateCommands.TryGetValue(message.CommandName, out var instead))
        {
            throw new ArgumentException($"{message.CommandName.ToUpperInvariant()} would change the shared connection's state; {instead}.");
        }

        if (BlockingCommands.Contains(message.CommandName))
        {
            return ExecuteBlockingAsync(message, cancellationToken);
        }

        message.Deadline = Stopwatch.GetTimestamp() + (long)(Configuration.SyncTimeout.TotalSeconds * Stopwatch.Frequency);
        message.WatchCancellation(cancellationToken);
        var current = _main.Current;
        return current is not null && current.TryEnqueue(message)
            ? message.Task
            : ExecuteWhenConnectedAsync(message, cancellationToken);
    }

    private async Task<RedisResult> ExecuteWhenConnectedAsync(Message message, CancellationToken cancellationToken)
    {
        while (true)
        {
            // Waiting out a reconnect counts against the same syncTimeout as the reply, and never exceeds connectTimeout.
            var remaining = TimeSpan.FromSeconds((double)(message.Deadline - Stopwatch.GetTimestamp()) / Stopwatch.Frequency);
            if (remaining > Configuration.ConnectTimeout)
            {
                remaining = Configuration.ConnectTimeout;
            }

            if (remaining <= TimeSpan.Zero)
            {
                throw new RedisConnectionException($"No connection to Redis {Configuration.Host}:{Configuration.Port} within syncTimeout; reconnecting.");
            }

            PhysicalConnection connection;
            try
            {
                connection = await _main.GetAsync(remaining, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                message.Fail(e); // settles it, releasing its cancellation registration
                throw;
            }

            if (connection.TryEnqueue(message))
            {
                return await message.Task.ConfigureAwait(false);
            }

            // It broke between the lookup and the enqueue: wait for the next one.
        }
    }

    private async Task<RedisResult> ExecuteBlockingAsync(Message message, CancellationToken cancellationToken)
    {
        await using var lease = await Pool.LeaseAsync(cancellationToken).ConfigureAwait(false);
        message.WatchCancellation(cancellationToken);
        if (!lease.Connection.TryEnqueue(message))
        {
            throw new RedisConnectionException("The pooled connection was lost.");
        }

        // A blocking command waits as long as it asked the server to; only cancellation cuts it short,
        // and then the connection's state is unknown, so it is not reused.
        try
        {
            return await message.Task.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            lease.Reusable = false;
            throw;
        }
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
