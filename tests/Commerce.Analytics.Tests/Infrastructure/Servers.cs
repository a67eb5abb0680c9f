using System.Net.Sockets;
using Commerce.Drivers.Cql;

namespace Commerce.Analytics.Tests.Infrastructure;

/// <summary>The test servers (scripts/services.sh up starts them).</summary>
public static class Servers
{
    public static string Cassandra { get; } =
        Environment.GetEnvironmentVariable("ConnectionStrings__Cassandra") is { Length: > 0 } configured ? configured : "Contact Points=127.0.0.1;Port=19042";

    public static string Mongo { get; } =
        Environment.GetEnvironmentVariable("ConnectionStrings__Mongo")
        ?? "mongodb://127.0.0.1:27519/?directConnection=true&serverSelectionTimeoutMS=5000&connectTimeoutMS=5000";

    public static async Task EnsureCassandraAsync()
    {
        var parsed = CassandraConnectionString.Parse(Cassandra);
        var host = parsed.ContactPoints[0];
        var port = parsed.Port ?? 9042;
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port);
        }
        catch (SocketException e)
        {
            throw new InvalidOperationException($"Cassandra is not reachable at {host}:{port}; start it with `scripts/services.sh up`.", e);
        }
    }

    public static Exception MongoUnreachable(Exception inner) =>
        new InvalidOperationException($"MongoDB is not reachable at {Mongo}; start it with `scripts/services.sh up`.", inner);

    /// <summary>A loopback port nothing listens on (bound, then released).</summary>
    public static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
