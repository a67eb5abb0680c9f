using Commerce.GraphQL;

namespace Commerce.Catalog;

[GraphQLDescription("Narrows a product listing; every condition given must hold.")]
public sealed class ProductFilterInput
{
    [GraphQLDescription("Products in this category or any category below it, by path, e.g. /home/kitchen.")]
    public string? CategoryPath { get; init; }

    [GraphQLDescription("Lowest price, inclusive.")]
    public decimal? MinPrice { get; init; }

    [GraphQLDescription("Highest price, inclusive.")]
    public decimal? MaxPrice { get; init; }

    public string? Vendor { get; init; }

    [GraphQLDescription("Attribute conditions; a product matches when it has, for each, an attribute of that name with one of the values.")]
    public List<AttributeFilterInput>? Attributes { get; init; }

    [GraphQLDescription("Statuses to include. Defaults to ACTIVE for shoppers and to all statuses for admins; only admins may ask for others.")]
    public List<ProductStatus>? Status { get; init; }
}
