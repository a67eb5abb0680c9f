namespace Commerce.Drivers.Bolt;

public sealed class ConfigBuilder
{
    internal DriverConfig Config { get; private set; } = new();

    public ConfigBuilder WithMaxConnectionPoolSize(int size) => Set(Config with { MaxConnectionPoolSize = size > 0 ? size : throw new ArgumentOutOfRangeException(nameof(size)) });

    public ConfigBuilder WithConnectionAcquisitionTimeout(TimeSpan timeout) => Set(Config with { ConnectionAcquisitionTimeout = timeout });

    public ConfigBuilder WithConnectionTimeout(TimeSpan timeout) => Set(Config with { ConnectionTimeout = timeout });

    public ConfigBuilder WithFetchSize(long size) => Set(Config with { FetchSize = size });

    public ConfigBuilder WithMaxTransactionRetryTime(TimeSpan time) => Set(Config with { MaxTransactionRetryTime = time });

    public ConfigBuilder WithTransactionRetryInitialDelay(TimeSpan delay) => Set(Config with { TransactionRetryInitialDelay = delay });

    public ConfigBuilder WithUserAgent(string userAgent) => Set(Config with { UserAgent = userAgent });

    private ConfigBuilder Set(DriverConfig config)
    {
        Config = config;
        return this;
    }
}
