using System.Data.Common;

namespace Commerce.Gateway.Health;

/// <summary>
/// The host and port each store's connection string names, read the way each driver reads it:
/// PostgreSQL and Cassandra key=value lists (<c>Host</c>/<c>Contact Points</c> and <c>Port</c>), MongoDB and Neo4j URIs,
/// Redis <c>host:port[,options]</c>.
/// </summary>
public static class StoreEndpoints
{
    public static (string Host, int Port) Parse(string store, string connectionString) => store switch
    {
        "postgres" => FromKeyValues(connectionString, ["Host", "Server"], 5432),
        "cassandra" => FromKeyValues(connectionString, ["Contact Points", "ContactPoints"], 9042),
        "mongo" => FromUri(connectionString, 27017),
        "neo4j" => FromUri(connectionString, 7687),
        "redis" => FromHostPort(connectionString.Split(',')[0].Trim(), 6379),
        _ => throw new ArgumentOutOfRangeException(nameof(store), store, "Unknown store."),
    };

    private static (string, int) FromKeyValues(string connectionString, string[] hostKeys, int defaultPort)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var host = hostKeys.Select(k => builder.TryGetValue(k, out var v) ? v?.ToString() : null).FirstOrDefault(v => v is not null)
            ?? throw new FormatException($"No host in \"{connectionString}\".");
        var (firstHost, hostPort) = FromHostPort(host.Split(',')[0].Trim(), defaultPort);
        var port = builder.TryGetValue("Port", out var p) ? int.Parse(p!.ToString()!, System.Globalization.CultureInfo.InvariantCulture) : hostPort;
        return (firstHost, port);
    }

    private static (string, int) FromUri(string connectionString, int defaultPort)
    {
        // mongodb:// URIs may list several hosts; the first one is enough to tell whether the store is up.
        var afterScheme = connectionString[(connectionString.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var authority = afterScheme.Split('/', '?')[0];
        authority = authority[(authority.LastIndexOf('@') + 1)..];
        return FromHostPort(authority.Split(',')[0], defaultPort);
    }

    private static (string, int) FromHostPort(string hostPort, int defaultPort)
    {
        var colon = hostPort.LastIndexOf(':');
        return colon > 0 && !hostPort.EndsWith(']')
            ? (hostPort[..colon].Trim('[', ']'), int.Parse(hostPort[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture))
            : (hostPort.Trim('[', ']'), defaultPort);
    }
}
