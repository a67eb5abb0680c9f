namespace Commerce.Drivers.Cql;

/// <summary>The connection carrying a request broke or was closed before its response arrived.</summary>
public sealed class ConnectionClosedException(string message, Exception? innerException = null) : DriverException(message, innerException);
