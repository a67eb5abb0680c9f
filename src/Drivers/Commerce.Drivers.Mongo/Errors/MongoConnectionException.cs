namespace Commerce.Drivers.Mongo;

/// <summary>A connection could not be opened or was lost mid round trip.</summary>
public sealed class MongoConnectionException(string message, Exception? inner = null) : MongoException(message, inner);
