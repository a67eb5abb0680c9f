namespace Commerce.Drivers.Bolt;

public sealed record DriverConfig
{
    public int MaxConnectionPoolSize { get; init; } = 100;

    /// <summary>How long acquiring a pooled connection may wait for one to be released.</summary>
    public TimeSpan ConnectionAcquisitionTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan ConnectionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Records per PULL on Bolt 4+ (-1 = all); Bolt 1-3 always stream everything.</summary>
    public long FetchSize { get; init; } = 1000;

    /// <summary>Transaction functions stop retrying once this much time has passed.</summary>
    public TimeSpan MaxTransactionRetryTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>First retry delay; each further delay doubles, with ±20% jitter.</summary>
    public TimeSpan TransactionRetryInitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    public string UserAgent { get; init; } = "Commerce.Drivers.Bolt/1.0";
}
