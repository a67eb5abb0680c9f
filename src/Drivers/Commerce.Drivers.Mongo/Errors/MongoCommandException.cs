using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

/// <summary>The server answered a command with <c>ok: 0</c> (or a write error); carries the server's code.</summary>
public class MongoCommandException(string message, int code, string? codeName, BsonDocument result, IReadOnlyList<string>? errorLabels = null)
    : MongoException(message)
{
    public int Code { get; } = code;
    public string? CodeName { get; } = codeName;
    public BsonDocument Result { get; } = result;
    public IReadOnlyList<string> ErrorLabels { get; } = errorLabels ?? [];

    public bool HasErrorLabel(string label) => ErrorLabels.Contains(label);
}
