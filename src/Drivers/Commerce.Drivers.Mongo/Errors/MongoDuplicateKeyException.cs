using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

/// <summary>A unique index refused a write (server code 11000); KeyValue names the duplicated key.</summary>
public sealed class MongoDuplicateKeyException(string message, IReadOnlyList<WriteError> writeErrors, BsonDocument result)
    : MongoWriteException(message, writeErrors, result)
{
    public const int DuplicateKeyCode = 11000;

    public BsonDocument? KeyValue => WriteErrors[0].KeyValue;
    public BsonDocument? KeyPattern => WriteErrors[0].KeyPattern;
}
