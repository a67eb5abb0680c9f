using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

/// <summary>One entry of a write command's <c>writeErrors</c>; Index is the position in the caller's request.</summary>
public sealed record WriteError(int Index, int Code, string? CodeName, string Message, BsonDocument? KeyValue, BsonDocument? KeyPattern);
