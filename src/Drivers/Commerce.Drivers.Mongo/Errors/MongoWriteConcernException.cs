using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

/// <summary>The writes were applied on the primary but the requested write concern was not satisfied.</summary>
public sealed class MongoWriteConcernException(string message, int code, string? codeName, BsonDocument result, IReadOnlyList<string>? errorLabels = null)
    : MongoCommandException(message, code, codeName, result, errorLabels);
