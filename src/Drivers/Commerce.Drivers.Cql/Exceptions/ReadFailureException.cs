namespace Commerce.Drivers.Cql;

/// <summary>A read failed on replicas for another reason than a timeout (error code 0x1300, protocol v4).</summary>
public sealed class ReadFailureException(string message, ConsistencyLevel consistency, int received, int blockFor, int failures, bool dataPresent)
    : CqlServerException(0x1300, message)
{
    public ConsistencyLevel Consistency { get; } = consistency;
    public int Received { get; } = received;
    public int BlockFor { get; } = blockFor;
    public int Failures { get; } = failures;
    public bool DataPresent { get; } = dataPresent;
}
