using Commerce.Catalog;

namespace Commerce.Orders;

/// <summary>The SKUs stock is kept for: each variant's, or the product's own when it has no variants.</summary>
public static class ProductSkus
{
    public static IReadOnlyList<string> Of(Product product) =>
        product.Variants.Count > 0 ? product.Variants.Select(v => v.Sku).ToList() : [product.Sku];
}
