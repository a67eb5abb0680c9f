using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo.Operations;

/// <summary>One write command's reply, and where its first statement sits in the caller's request.</summary>
internal sealed record WriteBatch(int Offset, BsonDocument Reply);
