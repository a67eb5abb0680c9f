using Commerce.Drivers.Mongo.Bson.Serialization;
using Commerce.GraphQL;

namespace Commerce.Catalog;

/// <summary>The category a product sits in, copied into the product so that listings need no join.</summary>
[GraphQLDescription("The category of a product: its id, name and path in the category tree.")]
public sealed class ProductCategory
{
    // A reference, not this sub-document's own key: stored as "id", not "_id".
    [ID]
    [BsonElement("id")]
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    [GraphQLDescription("Slash-separated slugs from the root, e.g. /home/kitchen/kettles.")]
    public string Path { get; init; } = "";
}
