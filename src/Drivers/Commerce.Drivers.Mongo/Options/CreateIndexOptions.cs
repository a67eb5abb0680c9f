using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

public sealed record CreateIndexOptions
{
    /// <summary>Defaults to the server convention: keys and directions joined by underscores (e.g. <c>sku_1</c>).</summary>
    public string? Name { get; init; }
    public bool? Unique { get; init; }
    public bool? Sparse { get; init; }
    public TimeSpan? ExpireAfter { get; init; }
    public string? DefaultLanguage { get; init; }
    public BsonDocument? Weights { get; init; }
    public BsonDocument? PartialFilterExpression { get; init; }
}
