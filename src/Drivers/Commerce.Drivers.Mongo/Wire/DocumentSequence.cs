using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo.Wire;

/// <summary>An OP_MSG kind 1 section: documents sent beside the body under one field name (e.g. insert's "documents").</summary>
public sealed record DocumentSequence(string Identifier, IReadOnlyList<BsonDocument> Documents);
