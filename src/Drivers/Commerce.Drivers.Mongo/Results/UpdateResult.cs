using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

public sealed record UpdateResult(long MatchedCount, long ModifiedCount, BsonValue? UpsertedId);
