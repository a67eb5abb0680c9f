using Commerce.Drivers.Redis;
using Npgsql;

namespace Commerce.Accounts.Tests.Infrastructure;

/// <summary>The test PostgreSQL and Redis (scripts/services.sh starts them); unreachable means a failing test, never a skip.</summary>
public static class Servers
{
    public static string Postgres { get; } =
        Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") ?? AccountsOptions.DefaultConnectionString;

    public static string Redis { get; } =
        Environment.GetEnvironmentVariable("ConnectionStrings__Redis") is { Length: > 0 } redis ? redis : AccountsOptions.DefaultRedis;

    /// <summary>Creates a database of its own for one test class; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string name)
    {
        try
        {
            await using var connection = new NpgsqlConnection(Postgres);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            throw new InvalidOperationException($"PostgreSQL is not reachable at {Postgres}; start it with `scripts/services.sh up`.", e);
        }

        return new NpgsqlConnectionStringBuilder(Postgres) { Database = name, Pooling = false }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<IConnectionMultiplexer> ConnectRedisAsync()
    {
        try
        {
            return await ConnectionMultiplexer.ConnectAsync(Redis);
        }
        catch (RedisConnectionException e)
        {
            throw new InvalidOperationException($"Redis is not reachable at {Redis}; start it with `scripts/services.sh up`.", e);
        }
    }

    /// <summary>Every key under a test prefix (KEYS is fine for a test's handful of keys).</summary>
    public static async Task<string[]> KeysAsync(IConnectionMultiplexer redis, string prefix)
    {
        var reply = await redis.GetDatabase().ExecuteAsync("KEYS", prefix + ":*");
        return reply.Items.Select(i => i.ToString()).ToArray();
    }

    public static async Task DeleteKeysAsync(IConnectionMultiplexer redis, string prefix)
    {
        var keys = await KeysAsync(redis, prefix);
        if (keys.Length > 0)
        {
            await redis.GetDatabase().KeyDeleteAsync(keys.Select(k => (RedisKey)k).ToArray());
        }
    }
}
