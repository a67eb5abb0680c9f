namespace Commerce.Drivers.Bolt;

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
