namespace Commerce.Drivers.Cql;

/// <summary>A frame from the server did not follow the protocol as this driver reads it.</summary>
public sealed class ProtocolViolationException(string message) : DriverException(message);
