namespace Commerce.Drivers.Cql;

/// <summary>A write failed on replicas for another reason than a timeout (error code 0x1500, protocol v4).</summary>
public sealed class WriteFailureException(string message, ConsistencyLevel consistency, int received, int blockFor, int failures, string writeType)
    : CqlServerException(0x1500, message)
{
    public ConsistencyLevel Consistency { get; } = consistency;
    public int Received { get; } = received;
    public int BlockFor { get; } = blockFor;
    public int Failures { get; } = failures;
    public string WriteType { get; } = writeType;
}
