namespace Commerce.Drivers.Cql;

/// <summary>The host does not know the prepared statement id (error code 0x2500); the session re-prepares and retries on its own.</summary>
public sealed class UnpreparedException(string message, byte[] unknownId) : CqlServerException(0x2500, message)
{
    public byte[] UnknownId { get; } = unknownId;
}
