using Commerce.Drivers.Mongo.Bson.Serialization;
using Commerce.GraphQL;

namespace Commerce.Catalog;

/// <summary>A node of the category tree, stored in the <c>categories</c> collection.</summary>
[GraphQLDescription("A category of the catalog; categories form a tree.")]
public sealed class Category
{
    [ID]
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string Slug { get; init; } = "";

    [ID]
    [GraphQLDescription("The id of the parent category; null for a root.")]
    public string? Parent { get; init; }

    [GraphQLDescription("Slash-separated slugs from the root, e.g. /home/kitchen/kettles.")]
    public string Path { get; init; } = "";

    [GraphQLDescription("0 for a root category.")]
    public int Depth { get; init; }

    // Filled when the tree is assembled; never stored.
    [BsonIgnore]
    public List<Category> Children { get; init; } = [];
}
