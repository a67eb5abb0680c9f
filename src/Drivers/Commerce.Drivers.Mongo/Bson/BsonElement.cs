namespace Commerce.Drivers.Mongo.Bson;

public readonly record struct BsonElement(string Name, BsonValue Value);
