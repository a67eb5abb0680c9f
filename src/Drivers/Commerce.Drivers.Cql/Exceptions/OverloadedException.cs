namespace Commerce.Drivers.Cql;

/// <summary>The coordinator node is overloaded (error code 0x1001).</summary>
public sealed class OverloadedException(string message) : CqlServerException(0x1001, message);
