using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

/// <summary>The server is not (or no longer) the primary, so it refused a write or a primary read.</summary>
public sealed class MongoNotPrimaryException(string message, int code, string? codeName, BsonDocument result, IReadOnlyList<string>? errorLabels = null)
    : MongoCommandException(message, code, codeName, result, errorLabels);
