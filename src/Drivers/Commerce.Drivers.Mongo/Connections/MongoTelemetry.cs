using System.Diagnostics;

namespace Commerce.Drivers.Mongo;

/// <summary>The driver's ActivitySource: one Activity per round trip (one command sent, one reply read).</summary>
public static class MongoTelemetry
{
    public const string SourceName = "Commerce.Drivers.Mongo";

    internal static readonly ActivitySource Source = new(SourceName);
}
