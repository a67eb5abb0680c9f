namespace Commerce.Drivers.Cql.Connections;

/// <summary>What every connection of a cluster is opened with.</summary>
internal sealed record ConnectionSettings
{
    public string? Username { get; init; }

    public string? Password { get; init; }

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a request may wait for its response before <see cref="OperationTimedOutException"/>.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(12);

    /// <summary>Concurrent requests on one connection; the protocol allows up to 32768.</summary>
    public int MaxRequestsPerConnection { get; init; } = 1024;
}
