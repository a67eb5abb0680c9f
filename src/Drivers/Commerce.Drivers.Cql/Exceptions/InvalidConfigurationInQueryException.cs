namespace Commerce.Drivers.Cql;

/// <summary>The query is invalid because of a configuration issue (error code 0x2300).</summary>
public sealed class InvalidConfigurationInQueryException(string message) : CqlServerException(0x2300, message);
