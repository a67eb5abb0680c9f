namespace Commerce.Drivers.Redis;

/// <summary>One multiplexed connection (plus a subscriber connection and a small pool for blocking work).</summary>
public interface IConnectionMultiplexer : IAsyncDisposable, IDisposable
{
    ConfigurationOptions Configuration { get; }

    bool IsConnected { get; }

    /// <summary>The RESP version the main connection negotiated.</summary>
    RedisProtocol Protocol { get; }

    /// <summary>Writes sent to the server over all connections: a flush of N pipelined commands counts once.</summary>
    long RoundTripCount { get; }

    /// <summary>How many times the main connection was restored after a break.</summary>
    int ReconnectCount { get; }

    /// <summary>A database view; <c>-1</c> means <c>defaultDatabase</c>.</summary>
    IDatabase GetDatabase(int db = -1);

    ISubscriber GetSubscriber();
}
