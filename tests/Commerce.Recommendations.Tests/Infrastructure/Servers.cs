using Npgsql;

namespace Commerce.Recommendations.Tests.Infrastructure;

/// <summary>The test servers (scripts/services.sh starts them).</summary>
public static class Servers
{
    public static string Neo4j { get; } = Environment.GetEnvironmentVariable("ConnectionStrings__Neo4j") ?? "bolt://127.0.0.1:17687";

    public static string Postgres { get; } =
        Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") ?? "Host=127.0.0.1;Port=15432;Username=postgres;Database=commerce;Timeout=5";

    public static string Redis { get; } = Environment.GetEnvironmentVariable("ConnectionStrings__Redis") ?? "127.0.0.1:16379";

    public static string Mongo { get; } =
        Environment.GetEnvironmentVariable("ConnectionStrings__Mongo")
        ?? "mongodb://127.0.0.1:27519/?directConnection=true&serverSelectionTimeoutMS=5000&connectTimeoutMS=5000";

    /// <summary>Loopback port 1: nothing listens there, so connections are refused at once.</summary>
    public const string ClosedNeo4j = "bolt://127.0.0.1:1";

    /// <summary>A data source on the test PostgreSQL, after one query proved the server answers.</summary>
    public static async Task<NpgsqlDataSource> OpenPostgresAsync(string connectionString)
    {
        var source = NpgsqlDataSource.Create(connectionString);
        try
        {
            await using var ping = source.CreateCommand("SELECT 1");
            await ping.ExecuteScalarAsync();
            return source;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            await source.DisposeAsync();
            throw Unreachable("PostgreSQL", Postgres, e);
        }
    }

    public static Exception Unreachable(string store, string address, Exception inner) =>
        new InvalidOperationException($"{store} is not reachable at {address}; start it with `scripts/services.sh up`.", inner);
}
