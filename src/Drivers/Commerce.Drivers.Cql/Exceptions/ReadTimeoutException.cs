namespace Commerce.Drivers.Cql;

/// <summary>Replicas did not answer a read in time (error code 0x1200).</summary>
public sealed class ReadTimeoutException(string message, ConsistencyLevel consistency, int received, int blockFor, bool dataPresent)
    : CqlServerException(0x1200, message)
{
    public ConsistencyLevel Consistency { get; } = consistency;
    public int Received { get; } = received;
    public int BlockFor { get; } = blockFor;
    public bool DataPresent { get; } = dataPresent;
}
