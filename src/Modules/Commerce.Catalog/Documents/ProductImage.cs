using Commerce.GraphQL;

namespace Commerce.Catalog;

[GraphQLDescription("An image of a product.")]
public sealed class ProductImage
{
    public string Url { get; init; } = "";

    public string? Alt { get; init; }

    public int Position { get; init; }

    [GraphQLDescription("Whether this is the image listings show.")]
    public bool Primary { get; init; }
}
