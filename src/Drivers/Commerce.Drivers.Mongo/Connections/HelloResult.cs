using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

/// <summary>What the server said about itself in the handshake.</summary>
public sealed record HelloResult(
    bool IsWritablePrimary,
    int MaxWireVersion,
    int MaxBsonObjectSize,
    int MaxMessageSizeBytes,
    int MaxWriteBatchSize,
    string? SetName,
    string? Primary,
    long? ConnectionId)
{
    public static HelloResult From(BsonDocument reply) => new(
        reply.GetValueOrDefault("isWritablePrimary")?.ToBoolean() ?? reply.GetValueOrDefault("ismaster")?.ToBoolean() ?? false,
        reply.GetValueOrDefault("maxWireVersion")?.ToInt32() ?? 0,
        reply.GetValueOrDefault("maxBsonObjectSize")?.ToInt32() ?? 16 * 1024 * 1024,
        reply.GetValueOrDefault("maxMessageSizeBytes")?.ToInt32() ?? 48_000_000,
        reply.GetValueOrDefault("maxWriteBatchSize")?.ToInt32() ?? 100_000,
        reply.GetValueOrDefault("setName") is BsonString s ? s.Value : null,
        reply.GetValueOrDefault("primary") is BsonString p ? p.Value : null,
        reply.GetValueOrDefault("connectionId")?.ToInt64());
}
