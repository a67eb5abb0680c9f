namespace Commerce.Drivers.Mongo;

/// <summary>Base of every error this driver raises.</summary>
public class MongoException(string message, Exception? inner = null) : Exception(message, inner);
