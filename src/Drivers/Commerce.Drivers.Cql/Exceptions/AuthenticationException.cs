namespace Commerce.Drivers.Cql;

/// <summary>Authentication was required and failed (error code 0x0100).</summary>
public sealed class AuthenticationException(string message) : CqlServerException(0x0100, message);
