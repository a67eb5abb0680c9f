namespace Commerce.Drivers.Cql;

/// <summary>The submitted query has a syntax error (error code 0x2000).</summary>
public sealed class SyntaxError(string message) : CqlServerException(0x2000, message);
