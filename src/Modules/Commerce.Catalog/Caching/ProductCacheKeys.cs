using Commerce.Drivers.Redis;

namespace Commerce.Catalog;

/// <summary>Every key of the product cache, built in one place: <c>{prefix}:catalog:product:{format}:{id}</c>.</summary>
public sealed class ProductCacheKeys(CatalogCacheOptions options)
{
    /// <summary>Bumped when <see cref="Product"/>'s stored shape changes, so a deploy never reads the old shape.</summary>
    public const string Format = "v1";

    private readonly RedisKeyBuilder _keys = new RedisKeyBuilder(options.KeyPrefix).Scope("catalog").Scope("product").Scope(Format);

    /// <summary>Null for an id that cannot be a key part (empty, or containing the separator): such ids are never cached.</summary>
    public RedisKey? Product(string id) =>
        id.Length == 0 || id.Contains(RedisKeyBuilder.Separator) ? null : (RedisKey?)_keys.Key(id);

    /// <summary>
    /// The key as the server sees it, for commands sent with <see cref="IDatabaseAsync.ExecuteAsync(string, object[])"/>
    /// (which applies no prefix): the connection's <c>keyPrefix=</c> and a separator, as the driver prepends them to
    /// the keys of its typed commands.
    /// </summary>
    public static RedisKey OnWire(RedisKey key, string? connectionKeyPrefix)
    {
        if (string.IsNullOrEmpty(connectionKeyPrefix))
        {
            return key;
        }

        var prefix = connectionKeyPrefix.EndsWith(RedisKeyBuilder.Separator) ? connectionKeyPrefix : connectionKeyPrefix + RedisKeyBuilder.Separator;
        return prefix + (string)key!;
    }
}
