namespace Commerce.Drivers.Cql;

/// <summary>Not enough replicas were alive to honour the consistency level (error code 0x1000).</summary>
public sealed class UnavailableException(string message, ConsistencyLevel consistency, int required, int alive)
    : CqlServerException(0x1000, message)
{
    public ConsistencyLevel Consistency { get; } = consistency;
    public int Required { get; } = required;
    public int Alive { get; } = alive;
}
