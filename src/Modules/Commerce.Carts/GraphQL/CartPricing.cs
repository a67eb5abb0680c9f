using Commerce.Catalog;

namespace Commerce.Carts;

/// <summary>A line's current price from the catalog, when the product is on sale and still has the variant.</summary>
public static class CartPricing
{
    public static ProductVariant? Variant(Product? product, string variantSku) =>
        product?.Variants.FirstOrDefault(v => v.Sku == variantSku);

    public static Money? UnitPrice(Product? product, string variantSku) =>
        product is { Status: ProductStatus.Active } && Variant(product, variantSku) is { } variant
            ? new Money(variant.Price, product.Pricing.Currency)
            : null;
}
