using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

public sealed record FindOneAndDeleteOptions
{
    public BsonDocument? Sort { get; init; }
    public BsonDocument? Projection { get; init; }
}
