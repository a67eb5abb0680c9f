using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

public sealed record FindOptions
{
    public BsonDocument? Sort { get; init; }
    public BsonDocument? Projection { get; init; }
    public int? Skip { get; init; }
    public int? Limit { get; init; }
    /// <summary>Documents per reply; the first batch and every getMore ask for this many.</summary>
    public int? BatchSize { get; init; }
}
