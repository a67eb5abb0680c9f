namespace Commerce.Drivers.Cql;

/// <summary>The logged user may not perform the query (error code 0x2100).</summary>
public sealed class UnauthorizedException(string message) : CqlServerException(0x2100, message);
