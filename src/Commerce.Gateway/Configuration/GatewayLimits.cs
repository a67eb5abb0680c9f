namespace Commerce.Gateway.Configuration;

/// <summary>Server limits, section <c>Limits</c> (environment: <c>Limits__MaxRequestBodyBytes</c> and so on).</summary>
public sealed class GatewayLimits
{
    public const string Section = "Limits";

    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    public long MaxConcurrentConnections { get; set; } = 10_000;

    public long MaxConcurrentWebSockets { get; set; } = 5_000;

    public int MaxRequestHeadersBytes { get; set; } = 32 * 1024;

    public int RequestHeadersTimeoutSeconds { get; set; } = 30;

    public int KeepAliveTimeoutSeconds { get; set; } = 130;

    public int ShutdownTimeoutSeconds { get; set; } = 30;

    /// <summary>How long one store's readiness check may take before it counts as down.</summary>
    public int HealthCheckTimeoutSeconds { get; set; } = 2;
}
