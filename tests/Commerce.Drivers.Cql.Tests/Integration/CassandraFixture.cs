using System.Net.Sockets;

namespace Commerce.Drivers.Cql.Tests.Integration;

/// <summary>
/// A real Cassandra (scripts/services.sh up cassandra) and a keyspace of its own, dropped afterwards.
/// Each test class gets its own fixture instance, hence its own keyspace.
/// </summary>
public sealed class CassandraFixture : IAsyncLifetime
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Cassandra") is { Length: > 0 } configured
            ? configured
            : "Contact Points=127.0.0.1;Port=19042";

    public string Keyspace { get; } = "cql_test_" + Guid.NewGuid().ToString("N")[..12];

    public Cluster Cluster { get; private set; } = null!;

    public ISession Session { get; private set; } = null!;

    public static Builder NewBuilder() => Cql.Cluster.Builder().WithConnectionString(ConnectionString);

    public static async Task EnsureReachableAsync()
    {
        var parsed = CassandraConnectionString.Parse(ConnectionString);
        var host = parsed.ContactPoints[0];
        var port = parsed.Port ?? 9042;
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port);
        }
        catch (SocketException ex)
        {
            throw new InvalidOperationException(
                $"Cassandra is not reachable at {host}:{port} ({ex.SocketErrorCode}). Start it with `scripts/services.sh up cassandra` " +
                "or point ConnectionStrings__Cassandra at a running server.", ex);
        }
    }

    public async Task InitializeAsync()
    {
        await EnsureReachableAsync();
        Cluster = NewBuilder().Build();
        var setup = await Cluster.ConnectAsync();
        await setup.ExecuteAsync($"CREATE KEYSPACE {Keyspace} WITH replication = {{'class': 'SimpleStrategy', 'replication_factor': 1}}");
        await setup.DisposeAsync();
        Session = await Cluster.ConnectAsync(Keyspace);
    }

    public async Task DisposeAsync()
    {
        if (Session is null) return;
        await Session.ExecuteAsync($"DROP KEYSPACE IF EXISTS {Keyspace}");
        await Cluster.DisposeAsync();
    }
}
