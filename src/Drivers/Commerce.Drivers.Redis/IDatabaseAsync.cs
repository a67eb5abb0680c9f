namespace Commerce.Drivers.Redis;

/// <summary>The commands a database view and a transaction both offer. Keys get the configured prefix.</summary>
public interface IDatabaseAsync
{
    int Database { get; }

    Task<RedisValue> StringGetAsync(RedisKey key, CancellationToken cancellationToken = default);

    /// <summary>MGET: the values in key order, null where a key is missing; one round trip for all the keys.</summary>
    Task<RedisValue[]> StringGetAsync(RedisKey[] keys, CancellationToken cancellationToken = default);

    /// <summary>SET with an optional expiry (PX) and condition (NX/XX); false when the condition kept it from applying.</summary>
    Task<bool> StringSetAsync(RedisKey key, RedisValue value, TimeSpan? expiry = null, When when = When.Always, CancellationToken cancellationToken = default);

    Task<long> StringIncrementAsync(RedisKey key, long value = 1, CancellationToken cancellationToken = default);

    Task<bool> KeyDeleteAsync(RedisKey key, CancellationToken cancellationToken = default);

    Task<long> KeyDeleteAsync(RedisKey[] keys, CancellationToken cancellationToken = default);

    Task<bool> KeyExistsAsync(RedisKey key, CancellationToken cancellationToken = default);

    /// <summary>PEXPIRE, or PERSIST when <paramref name="expiry"/> is null.</summary>
    Task<bool> KeyExpireAsync(RedisKey key, TimeSpan? expiry, CancellationToken cancellationToken = default);

    /// <summary>Null when the key does not exist or has no expiry.</summary>
    Task<TimeSpan?> KeyTimeToLiveAsync(RedisKey key, CancellationToken cancellationToken = default);

    Task<RedisValue> HashGetAsync(RedisKey key, RedisValue field, CancellationToken cancellationToken = default);

    /// <summary>True when the field is new (HSET) or was set (HSETNX with <see cref="When.NotExists"/>).</summary>
    Task<bool> HashSetAsync(RedisKey key, RedisValue field, RedisValue value, When when = When.Always, CancellationToken cancellationToken = default);

    Task HashSetAsync(RedisKey key, HashEntry[] fields, CancellationToken cancellationToken = default);

    Task<HashEntry[]> HashGetAllAsync(RedisKey key, CancellationToken cancellationToken = default);

    Task<bool> HashDeleteAsync(RedisKey key, RedisValue field, CancellationToken cancellationToken = default);

    Task<long> HashIncrementAsync(RedisKey key, RedisValue field, long value = 1, CancellationToken cancellationToken = default);

    Task<double> HashIncrementAsync(RedisKey key, RedisValue field, double value, CancellationToken cancellationToken = default);

    Task<bool> SetAddAsync(RedisKey key, RedisValue value, CancellationToken cancellationToken = default);

    Task<long> SetAddAsync(RedisKey key, RedisValue[] values, CancellationToken cancellationToken = default);

    Task<RedisValue[]> SetMembersAsync(RedisKey key, CancellationToken cancellationToken = default);

    Task<bool> SetRemoveAsync(RedisKey key, RedisValue value, CancellationToken cancellationToken = default);

    Task<bool> SortedSetAddAsync(RedisKey key, RedisValue member, double score, When when = When.Always, CancellationToken cancellationToken = default);

    Task<double> SortedSetIncrementAsync(RedisKey key, RedisValue member, double value, CancellationToken cancellationToken = default);

    Task<RedisValue[]> SortedSetRangeByScoreAsync(
        RedisKey key, double start = double.NegativeInfinity, double stop = double.PositiveInfinity,
        Exclude exclude = Exclude.None, Order order = Order.Ascending, long skip = 0, long take = -1,
        CancellationToken cancellationToken = default);

    Task<SortedSetEntry[]> SortedSetRangeByScoreWithScoresAsync(
        RedisKey key, double start = double.NegativeInfinity, double stop = double.PositiveInfinity,
        Exclude exclude = Exclude.None, Order order = Order.Ascending, long skip = 0, long take = -1,
        CancellationToken cancellationToken = default);

    /// <summary>Runs a Lua script with KEYS and ARGV (values are never pasted into the script text).</summary>
    Task<RedisResult> ScriptEvaluateAsync(string script, RedisKey[]? keys = null, RedisValue[]? values = null, CancellationToken cancellationToken = default);

    Task<long> PublishAsync(RedisChannel channel, RedisValue message, CancellationToken cancellationToken = default);

    /// <summary>Any command, arguments as given (no key prefix applied). Error replies throw <see cref="RedisServerException"/>.</summary>
    Task<RedisResult> ExecuteAsync(string command, params object[] args);

    Task<RedisResult> ExecuteAsync(string command, IReadOnlyCollection<object> args, CancellationToken cancellationToken = default);
}
