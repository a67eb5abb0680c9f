namespace Commerce.Drivers.Bolt;

public sealed record TransactionConfig
{
    /// <summary>Server-side timeout (Bolt 3+).</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Attached to the transaction in the server's query log (Bolt 3+).</summary>
    public IReadOnlyDictionary<string, object?>? Metadata { get; init; }
}

public sealed class TransactionConfigBuilder
{
    internal TransactionConfig Config { get; private set; } = new();

    public TransactionConfigBuilder WithTimeout(TimeSpan? timeout)
    {
        Config = Config with { Timeout = timeout };
        return this;
    }

    public TransactionConfigBuilder WithMetadata(IReadOnlyDictionary<string, object?> metadata)
    {
        Config = Config with { Metadata = metadata };
        return this;
    }
}
