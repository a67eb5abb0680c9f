namespace Commerce.Drivers.Cql;

/// <summary>The client gave up waiting for a response (the server-side timeouts are <see cref="ReadTimeoutException"/> and <see cref="WriteTimeoutException"/>).</summary>
public sealed class OperationTimedOutException(string message) : DriverException(message);
