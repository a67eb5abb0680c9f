using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

/// <summary>Some writes of a bulk write failed; Result counts what was applied before (ordered) or besides (unordered) them.</summary>
public sealed class MongoBulkWriteException(string message, IReadOnlyList<WriteError> writeErrors, BulkWriteResult result)
    : MongoWriteException(message, writeErrors, new BsonDocument())
{
    public BulkWriteResult PartialResult { get; } = result;
}
