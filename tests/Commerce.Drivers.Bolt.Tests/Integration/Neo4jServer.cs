using System.Net.Sockets;

namespace Commerce.Drivers.Bolt.Tests.Integration;

/// <summary>
/// The real Neo4j 3.1 (Bolt v1) started by <c>scripts/services.sh up neo4j</c>; tests that need it
/// fail, never skip, when it is not reachable.
/// </summary>
public sealed class Neo4jServer : IAsyncLifetime
{
    public static string Uri => Environment.GetEnvironmentVariable("ConnectionStrings__Neo4j") is { Length: > 0 } uri ? uri : "bolt://127.0.0.1:17687";

    public IDriver Driver { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await EnsureReachableAsync();
        Driver = GraphDatabase.Driver(Uri, AuthTokens.None);
    }

    public static async Task EnsureReachableAsync()
    {
        var uri = new Uri(Uri);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(uri.Host, uri.Port);
        }
        catch (SocketException e)
        {
            throw new InvalidOperationException(
                $"Neo4j is not reachable at {Uri} ({e.Message}). Start it with `scripts/services.sh up neo4j` (or set ConnectionStrings__Neo4j).", e);
        }
    }

    public async Task DisposeAsync()
    {
        if (Driver is not null) await Driver.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jServer>
{
    public const string Name = "neo4j";
}

/// <summary>A label unique to one test, so tests never see each other's data; everything under it is deleted at the end.</summary>
public sealed class TestLabel(IDriver driver) : IAsyncDisposable
{
    public string Name { get; } = "T" + Guid.NewGuid().ToString("N")[..12];

    public override string ToString() => Name;

    public async ValueTask DisposeAsync()
    {
        await using var session = driver.AsyncSession();
        // Labels cannot be parameters in Cypher; this one is generated above, never user input.
        var cursor = await session.RunAsync($"MATCH (n:{Name}) DETACH DELETE n");
        await cursor.ConsumeAsync();
    }
}
