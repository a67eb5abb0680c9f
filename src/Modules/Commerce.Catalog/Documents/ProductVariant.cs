using Commerce.GraphQL;

namespace Commerce.Catalog;

[GraphQLDescription("A purchasable variant of a product (a size, a colour) with its own SKU and price.")]
public sealed class ProductVariant
{
    public string Title { get; init; } = "";

    public string Sku { get; init; } = "";

    public decimal Price { get; init; }

    public List<ProductAttribute> Attributes { get; init; } = [];
}
