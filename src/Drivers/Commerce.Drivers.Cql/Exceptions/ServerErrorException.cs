namespace Commerce.Drivers.Cql;

/// <summary>Something unexpected happened on the server (error code 0x0000).</summary>
public sealed class ServerErrorException(string message) : CqlServerException(0x0000, message);
