using System.Diagnostics;

namespace Commerce.Drivers.Redis;

/// <summary>Each network write-and-read cycle is one activity from this source (see CONTRIBUTING: Tracing).</summary>
public static class RedisTracing
{
    public const string SourceName = "Commerce.Drivers.Redis";

    public static readonly ActivitySource Source = new(SourceName);
}
