namespace Commerce.Drivers.Cql;

/// <summary>The server saw a protocol violation, e.g. an unsupported protocol version (error code 0x000A).</summary>
public sealed class ProtocolErrorException(string message) : CqlServerException(0x000A, message);
