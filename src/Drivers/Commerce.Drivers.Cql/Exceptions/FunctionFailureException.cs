namespace Commerce.Drivers.Cql;

/// <summary>A user-defined function failed (error code 0x1400, protocol v4).</summary>
public sealed class FunctionFailureException(string message, string keyspace, string function, IReadOnlyList<string> argumentTypes)
    : CqlServerException(0x1400, message)
{
    public string Keyspace { get; } = keyspace;
    public string Function { get; } = function;
    public IReadOnlyList<string> ArgumentTypes { get; } = argumentTypes;
}
