namespace Commerce.Drivers.Mongo.Bson.Serialization;

/// <summary>Keeps a property out of the mapped document.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class BsonIgnoreAttribute : Attribute;
