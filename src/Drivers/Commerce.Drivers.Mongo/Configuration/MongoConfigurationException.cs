namespace Commerce.Drivers.Mongo;

/// <summary>A connection string or setting this driver cannot use.</summary>
public sealed class MongoConfigurationException(string message) : MongoException(message);
