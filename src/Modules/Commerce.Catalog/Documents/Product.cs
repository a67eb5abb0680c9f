using Commerce.Drivers.Mongo.Bson.Serialization;
using Commerce.GraphQL;

namespace Commerce.Catalog;

/// <summary>A product as stored in the <c>products</c> collection, and as the graph shows it.</summary>
[GraphQLDescription("A product of the catalog: content, pricing, variants, attributes, images and SEO.")]
public sealed class Product
{
    [ID]
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    [GraphQLDescription("Unique, URL-safe name of the product.")]
    public string Slug { get; init; } = "";

    public string? Description { get; init; }

    [GraphQLDescription("Unique stock keeping unit of the product.")]
    public string Sku { get; init; } = "";

    public Pricing Pricing { get; init; } = new();

    public ProductCategory Category { get; init; } = new();

    public string? Vendor { get; init; }

    public List<ProductVariant> Variants { get; init; } = [];

    public List<ProductAttribute> Attributes { get; init; } = [];

    public List<ProductImage> Images { get; init; } = [];

    public Seo? Seo { get; init; }

    // Stored lower-case (draft|active|archived); the graph shows the enum.
    [GraphQLIgnore]
    [BsonElement("status")]
    public string StatusName { get; init; } = ProductStatuses.Draft;

    [BsonIgnore]
    [GraphQLName("status")]
    public ProductStatus Status => ProductStatuses.Parse(StatusName);

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }
}
