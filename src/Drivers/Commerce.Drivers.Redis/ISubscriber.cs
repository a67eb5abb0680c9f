namespace Commerce.Drivers.Redis;

/// <summary>Pub/sub over a dedicated connection that is resubscribed after a reconnect.</summary>
public interface ISubscriber
{
    Task SubscribeAsync(RedisChannel channel, Action<RedisChannel, RedisValue> handler, CancellationToken cancellationToken = default);

    /// <summary>Removes every handler of the channel and unsubscribes from it.</summary>
    Task UnsubscribeAsync(RedisChannel channel, CancellationToken cancellationToken = default);

    /// <summary>Publishes on the main connection; returns how many subscribers received it.</summary>
    Task<long> PublishAsync(RedisChannel channel, RedisValue message, CancellationToken cancellationToken = default);
}
