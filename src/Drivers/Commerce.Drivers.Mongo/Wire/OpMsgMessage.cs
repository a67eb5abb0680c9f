using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo.Wire;

public sealed record OpMsgMessage(int RequestId, int ResponseTo, OpMsg.Flags Flags, BsonDocument Body, IReadOnlyList<DocumentSequence> Sequences);
