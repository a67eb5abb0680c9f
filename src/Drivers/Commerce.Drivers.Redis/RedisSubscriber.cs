using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Commerce.Drivers.Redis.Connection;

namespace Commerce.Drivers.Redis;

/// <summary>
/// Subscriptions live on their own connection (a subscribed RESP2 connection accepts no other command).
/// The channel list is remembered so a reconnect subscribes to all of it again before going live.
/// </summary>
internal sealed class RedisSubscriber : ISubscriber, IAsyncDisposable
{
    private readonly ConnectionMultiplexer _multiplexer;
    private readonly ConcurrentDictionary<RedisChannel, ImmutableArray<Action<RedisChannel, RedisValue>>> _handlers = new();
    private readonly SemaphoreSlim _connectGate = new(1, 1);
    private ManagedConnection? _connection;

    public RedisSubscriber(ConnectionMultiplexer multiplexer) => _multiplexer = multiplexer;

    public async Task SubscribeAsync(RedisChannel channel, Action<RedisChannel, RedisValue> handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var first = false;
        _handlers.AddOrUpdate(
            channel,
            _ =>
            {
                first = true;
                return [handler];
            },
            (_, existing) => existing.Add(handler));
        if (first)
        {
            await SendAsync([channel.IsPattern ? "PSUBSCRIBE" : "SUBSCRIBE", channel.Name], cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task UnsubscribeAsync(RedisChannel channel, CancellationToken cancellationToken = default)
    {
        if (_handlers.TryRemove(channel, out _))
        {
            await SendAsync([channel.IsPattern ? "PUNSUBSCRIBE" : "UNSUBSCRIBE", channel.Name], cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<long> PublishAsync(RedisChannel channel, RedisValue message, CancellationToken cancellationToken = default) =>
        channel.IsPattern
            ? throw new ArgumentException("Publish to a channel, not a pattern.", nameof(channel))
            : _multiplexer.GetDatabase().PublishAsync(channel, message, cancellationToken);

    private async Task SendAsync(RedisValue[] args, CancellationToken cancellationToken)
    {
        var managed = await GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        var options = _multiplexer.Configuration;
        while (true)
        {
            var connection = await managed.GetAsync(options.SyncTimeout, cancellationToken).ConfigureAwait(false);
            var message = new Message(args, Message.AnyDatabase, cancellationToken);
            if (!connection.TryEnqueue(message))
            {
                continue;
            }

            var reply = await _multiplexer.WaitAsync(message, cancellationToken).ConfigureAwait(false);
            if (reply.IsError)
            {
                throw RedisServerException.From(reply);
            }

            return;
        }
    }

    private async ValueTask<ManagedConnection> GetConnectionAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _connection) is { } existing)
        {
            return existing;
        }

        await _connectGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_connection is null)
            {
                var managed = new ManagedConnection(
                    _multiplexer.Configuration, _multiplexer.Counter, subscriber: true, OnPush, ResubscribeAsync);
                await managed.ConnectAsync(cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _connection, managed);
            }

            return _connection;
        }
        finally
        {
            _connectGate.Release();
        }
    }

    private async Task ResubscribeAsync(PhysicalConnection connection, CancellationToken cancellationToken)
    {
        // One SUBSCRIBE per channel: each then has exactly one confirmation to wait for.
        var pending = _handlers.Keys.Select(channel =>
        {
            var message = new Message([channel.IsPattern ? "PSUBSCRIBE" : "SUBSCRIBE", channel.Name], Message.AnyDatabase, cancellationToken);
            return connection.TryEnqueue(message) ? message.Task : Task.FromException<RedisResult>(new RedisConnectionException("Lost while resubscribing."));
        }).ToArray();
        await Task.WhenAll(pending).WaitAsync(_multiplexer.Configuration.SyncTimeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>[message, channel, payload] or [pmessage, pattern, channel, payload], as a push (RESP3) or array (RESP2).</summary>
    private void OnPush(RedisResult push)
    {
        var items = push.Items;
        if (items.Count < 3 || items[0].Bytes is not { } kind)
        {
            return;
        }

        var isPattern = "pmessage"u8.SequenceEqual(kind) && items.Count >= 4;
        var (subscription, channelItem, payload) = isPattern
            ? (RedisChannel.Pattern(Encoding.UTF8.GetString(items[1].Bytes ?? [])), items[2], items[3])
            : (RedisChannel.Literal(Encoding.UTF8.GetString(items[1].Bytes ?? [])), items[1], items[2]);
        if (!_handlers.TryGetValue(subscription, out var handlers))
        {
            return;
        }

        var channel = RedisChannel.Literal(Encoding.UTF8.GetString(channelItem.Bytes ?? []));
        var value = payload.ToRedisValue();
        foreach (var handler in handlers)
        {
            try
            {
                handler(channel, value);
            }
            catch (Exception)
            {
                // A failing handler must not take the subscriber connection down with it.
            }
        }
    }

    /// <summary>Test seam: the subscriber connection's server-side id.</summary>
    internal long ClientId => _connection?.Current?.ClientId ?? 0;

    internal int ReconnectCount => _connection?.ReconnectCount ?? 0;

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }

        _connectGate.Dispose();
    }
}
