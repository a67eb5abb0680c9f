namespace Commerce.Drivers.Mongo.Bson;

/// <summary>Raised when bytes are not valid BSON or a value cannot be mapped to or from a C# type.</summary>
public sealed class BsonSerializationException(string message, Exception? inner = null) : FormatException(message, inner);
