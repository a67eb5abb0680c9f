namespace Commerce.Drivers.Redis;

/// <summary>One field of a hash.</summary>
public readonly record struct HashEntry(RedisValue Name, RedisValue Value);

/// <summary>One member of a sorted set with its score.</summary>
public readonly record struct SortedSetEntry(RedisValue Element, double Score);

/// <summary>A pub/sub channel name.</summary>
public readonly record struct RedisChannel(string Name)
{
    public static implicit operator RedisChannel(string name) => new(name);

    public override string ToString() => Name;
}
