namespace Commerce.Drivers.Bolt;

public sealed record TransactionConfig
{
    /// <summary>Server-side timeout (Bolt 3+).</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Attached to the transaction in the server's query log (Bolt 3+).</summary>
    public IReadOnlyDictionary<string, object?>? Metadata { get; init; }
}
