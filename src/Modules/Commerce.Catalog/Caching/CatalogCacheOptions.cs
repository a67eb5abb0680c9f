namespace Commerce.Catalog;

/// <summary>
/// The read-through product cache in Redis (configuration section <c>Catalog:Cache</c>; the Redis server is
/// <c>ConnectionStrings:Redis</c>).
/// </summary>
public sealed record CatalogCacheOptions
{
    public const string DefaultRedis = "127.0.0.1:16379";

    /// <summary>Used only when no other module registered the process's Redis multiplexer first.</summary>
    public string RedisConfiguration { get; init; } = DefaultRedis;

    /// <summary>Keys are <c>{prefix}:catalog:product:{format}:{id}</c>.</summary>
    public string KeyPrefix { get; init; } = "commerce";

    /// <summary>How long a product stays cached; an invalidation removes it sooner.</summary>
    public TimeSpan Ttl { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long, after a product changed, no read may put it back in the cache: a read that fetched the old
    /// document just before the write would otherwise restore it for a whole <see cref="Ttl"/>.
    /// </summary>
    public TimeSpan InvalidationHold { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>A cache call slower than this is abandoned and MongoDB answers instead.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>After Redis failed, how long reads skip it entirely before trying it again.</summary>
    public TimeSpan RetryAfterFailure { get; init; } = TimeSpan.FromSeconds(1);
}
