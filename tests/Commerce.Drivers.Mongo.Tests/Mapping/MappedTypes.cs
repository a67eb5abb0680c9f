using Commerce.Drivers.Mongo.Bson;
using Commerce.Drivers.Mongo.Bson.Serialization;

namespace Commerce.Drivers.Mongo.Tests.Mapping;

public enum ProductStatus { Draft, Active, Retired }

public sealed record Money(decimal Amount, string Currency);

public sealed record Variant(string Sku, Money Price, IReadOnlyList<string> Tags);

public sealed record Product(
    ObjectId Id,
    string Name,
    string? Description,
    ProductStatus Status,
    Money Price,
    int? Stock,
    DateTime CreatedAt,
    DateTimeOffset? PublishedAt,
    Guid ExternalId,
    List<Variant> Variants,
    string[] Categories,
    Dictionary<string, string> Attributes);

/// <summary>A mutable class with a parameterless constructor, the other creation path.</summary>
public sealed class Review
{
    public Guid Id { get; set; }
    public int Rating { get; set; }
    public string Body { get; init; } = "";
    [BsonElement("by")] public string? Author { get; set; }
    [BsonIgnore] public string Computed => Body.ToUpperInvariant();
    public long? HelpfulVotes { get; set; }
}

/// <summary>A type that refers to itself, to prove maps are built lazily.</summary>
public sealed record Category(string Name, List<Category> Children);
