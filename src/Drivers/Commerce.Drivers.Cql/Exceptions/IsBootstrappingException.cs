namespace Commerce.Drivers.Cql;

/// <summary>A read reached a coordinator that is bootstrapping (error code 0x1002).</summary>
public sealed class IsBootstrappingException(string message) : CqlServerException(0x1002, message);
