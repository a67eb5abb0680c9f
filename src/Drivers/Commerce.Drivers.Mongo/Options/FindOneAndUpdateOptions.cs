using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

public sealed record FindOneAndUpdateOptions
{
    public ReturnDocument ReturnDocument { get; init; } = ReturnDocument.Before;
    public bool IsUpsert { get; init; }
    public BsonDocument? Sort { get; init; }
    public BsonDocument? Projection { get; init; }
    public IReadOnlyList<BsonDocument>? ArrayFilters { get; init; }
}
