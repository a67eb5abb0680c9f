namespace Commerce.Drivers.Redis;

/// <summary>One field of a hash.</summary>
public readonly record struct HashEntry(RedisValue Name, RedisValue Value);

/// <summary>One member of a sorted set with its score.</summary>
public readonly record struct SortedSetEntry(RedisValue Element, double Score);

/// <summary>A pub/sub channel name, or a glob pattern (<c>orders:*</c>) for PSUBSCRIBE.</summary>
public readonly record struct RedisChannel(string Name, bool IsPattern = false)
{
    public static implicit operator RedisChannel(string name) => new(name);

    public static RedisChannel Literal(string name) => new(name);

    public static RedisChannel Pattern(string pattern) => new(pattern, IsPattern: true);

    public override string ToString() => Name;
}
