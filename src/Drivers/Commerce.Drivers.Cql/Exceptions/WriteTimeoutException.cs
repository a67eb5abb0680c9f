namespace Commerce.Drivers.Cql;

/// <summary>Replicas did not acknowledge a write in time (error code 0x1100).</summary>
public sealed class WriteTimeoutException(string message, ConsistencyLevel consistency, int received, int blockFor, string writeType)
    : CqlServerException(0x1100, message)
{
    public ConsistencyLevel Consistency { get; } = consistency;
    public int Received { get; } = received;
    public int BlockFor { get; } = blockFor;
    /// <summary>SIMPLE, BATCH, UNLOGGED_BATCH, COUNTER or BATCH_LOG.</summary>
    public string WriteType { get; } = writeType;
}
