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
}
