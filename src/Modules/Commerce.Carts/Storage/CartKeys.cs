using Commerce.Drivers.Redis;

namespace Commerce.Carts;

/// <summary>Every cart key, built in one place: <c>{prefix}:cart:{id}:meta</c>, <c>{prefix}:cart:{id}:lines</c>, <c>{prefix}:user-cart:{userId}</c>.</summary>
public sealed class CartKeys(CartsOptions options)
{
    private readonly RedisKeyBuilder _keys = new(options.RedisKeyPrefix);

    public RedisKey Meta(string cartId) => _keys.Key("cart", cartId, "meta");

    public RedisKey Lines(string cartId) => _keys.Key("cart", cartId, "lines");

    public RedisKey UserCart(Guid userId) => _keys.Key("user-cart", userId.ToString("N"));

    /// <summary>A line's hash field: product id and variant SKU, which may hold anything but the separator.</summary>
    public static string LineField(string productId, string variantSku) => productId + FieldSeparator + variantSku;

    public static (string ProductId, string VariantSku) ParseLineField(string field)
    {
        var at = field.IndexOf(FieldSeparator, StringComparison.Ordinal);
        return (field[..at], field[(at + 1)..]);
    }

    public const char FieldSeparator = '\u001f';

    /// <summary>Cart ids are 128 random bits: knowing one is what entitles a guest to the cart.</summary>
    public static bool IsWellFormedId(string cartId) =>
        cartId.Length == 22 && cartId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
