using System.Diagnostics;

namespace Commerce.Drivers.Bolt;

/// <summary>
/// Tracing: every network round trip (one flush and the replies it waits for) is an activity
/// from this source, tagged <c>db.system=neo4j</c> and <c>db.operation</c> (the query's first
/// keyword, or the Bolt message name for protocol messages).
/// </summary>
public static class BoltDiagnostics
{
    public const string ActivitySourceName = "Commerce.Drivers.Bolt";

    internal static readonly ActivitySource Source = new(ActivitySourceName, "1.0.0");
}
