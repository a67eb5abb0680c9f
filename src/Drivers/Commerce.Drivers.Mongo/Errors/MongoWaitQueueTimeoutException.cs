namespace Commerce.Drivers.Mongo;

/// <summary>Every pooled connection stayed busy for longer than <c>waitQueueTimeoutMS</c>.</summary>
public sealed class MongoWaitQueueTimeoutException(string message) : MongoException(message);
