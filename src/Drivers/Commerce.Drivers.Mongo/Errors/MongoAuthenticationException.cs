namespace Commerce.Drivers.Mongo;

/// <summary>SCRAM authentication failed: wrong credentials, or a server signature that does not verify.</summary>
public sealed class MongoAuthenticationException(string message, Exception? inner = null) : MongoException(message, inner);
