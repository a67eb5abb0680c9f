namespace Commerce.Drivers.Redis;

/// <summary>A database view over the multiplexer. Cheap; create as many as you like.</summary>
public interface IDatabase : IDatabaseAsync
{
    IConnectionMultiplexer Multiplexer { get; }

    /// <summary>A MULTI/EXEC unit: queue commands on it, add WATCH conditions, then <see cref="ITransaction.ExecuteAsync"/>.</summary>
    ITransaction CreateTransaction();
}
