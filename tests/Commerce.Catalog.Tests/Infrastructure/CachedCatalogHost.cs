using Commerce.Drivers.Redis;

namespace Commerce.Catalog.Tests.Infrastructure;

/// <summary>
/// The catalog with its product cache on the real Redis, under key prefixes of its own: the connection's
/// <c>keyPrefix=</c> (which the driver adds to typed commands but not to raw ones, so a mismatch would show as
/// misses) and the cache's prefix. <see cref="Redis"/> is the test's own connection with the same configuration.
/// </summary>
public sealed class CachedCatalogHost : CatalogHost
{
    public string ConnectionKeyPrefix { get; } = "cattest" + Guid.NewGuid().ToString("N")[..8];

    public string RedisConfiguration => RedisServer.Configuration + ",keyPrefix=" + ConnectionKeyPrefix;

    public IConnectionMultiplexer Redis { get; private set; } = null!;

    // A generous timeout: on a loaded machine a cache call slower than the default 250 ms would (rightly) fall back
    // to MongoDB and skip Redis for a second, and these tests are about what the cache does, not about timing.
    protected override CatalogCacheOptions? Cache => new() { RedisConfiguration = RedisConfiguration, KeyPrefix = "catalogcache", Timeout = TimeSpan.FromSeconds(30) };

    public ProductCache ProductCache => (ProductCache)Services.GetService(typeof(ProductCache))!;

    public RedisKey KeyOf(string productId) => ((ProductCacheKeys)Services.GetService(typeof(ProductCacheKeys))!).Product(productId)!.Value;

    public override async Task InitializeAsync()
    {
        Redis = await RedisServer.ConnectAsync(RedisConfiguration);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            await Redis.DisposeAsync();
        }
    }
}
