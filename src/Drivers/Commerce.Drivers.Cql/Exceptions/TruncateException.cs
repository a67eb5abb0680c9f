namespace Commerce.Drivers.Cql;

/// <summary>A TRUNCATE failed (error code 0x1003).</summary>
public sealed class TruncateException(string message) : CqlServerException(0x1003, message);
