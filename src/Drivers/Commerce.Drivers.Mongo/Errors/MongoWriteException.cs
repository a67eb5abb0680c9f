using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

/// <summary>A write command succeeded as a command but some of its writes failed; Code is the first failure's.</summary>
public class MongoWriteException(string message, IReadOnlyList<WriteError> writeErrors, BsonDocument result)
    : MongoCommandException(message, writeErrors[0].Code, writeErrors[0].CodeName, result)
{
    public IReadOnlyList<WriteError> WriteErrors { get; } = writeErrors;
}
