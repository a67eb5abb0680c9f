namespace Commerce.Drivers.Mongo;

/// <summary>The server sent bytes that are not a valid reply; the connection is discarded.</summary>
public sealed class MongoProtocolException(string message, Exception? inner = null) : MongoException(message, inner);
