using Commerce.GraphQL;

namespace Commerce.Catalog;

/// <summary>The category a product sits in, copied into the product so that listings need no join.</summary>
[GraphQLDescription("The category of a product: its id, name and path in the category tree.")]
public sealed class ProductCategory
{
    [ID]
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    [GraphQLDescription("Slash-separated slugs from the root, e.g. /home/kitchen/kettles.")]
    public string Path { get; init; } = "";
}
