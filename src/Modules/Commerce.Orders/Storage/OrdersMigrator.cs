using System.Reflection;
using System.Text.RegularExpressions;
using Npgsql;

namespace Commerce.Orders;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> files in version order, each in its own transaction with
/// its row in <c>schema_migrations</c>; an advisory lock keeps two starting instances from racing.
/// </summary>
public sealed partial class OrdersMigrator(OrdersDatabase database)
{
    private const string ResourcePrefix = "Commerce.Orders.Migrations.";

    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var applied = new List<int>();
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        var schema = QuoteIdentifier(database.Schema);
        var lockKey = database.Schema + ".migrations";

        // Locked before CREATE SCHEMA: "IF NOT EXISTS" does not make two concurrent creations safe.
        await ExecuteAsync(connection, null, "SELECT pg_advisory_lock(hashtext($1))", cancellationToken, lockKey);
        try
        {
            await ExecuteAsync(connection, null, $"CREATE SCHEMA IF NOT EXISTS {schema}", cancellationToken);
            await ExecuteAsync(connection, null, $"SET search_path TO {schema}", cancellationToken);
            await ExecuteAsync(connection, null, """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version    int PRIMARY KEY,
                    name       text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, cancellationToken);
            var done = new HashSet<int>();
            await using (var read = new NpgsqlCommand("SELECT version FROM schema_migrations", connection))
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    done.Add(reader.GetInt32(0));
                }
            }

            foreach (var migration in Embedded().Where(m => !done.Contains(m.Version)))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
                await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", connection, transaction);
                record.Parameters.Add(new NpgsqlParameter { Value = migration.Version });
                record.Parameters.Add(new NpgsqlParameter { Value = migration.Name });
                await record.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                applied.Add(migration.Version);
            }
        }
        finally
        {
            await ExecuteAsync(connection, null, "SELECT pg_advisory_unlock(hashtext($1))", CancellationToken.None, lockKey);
        }

        return applied;
    }

    /// <summary>The migrations shipped in this assembly, by version.</summary>
    public static IReadOnlyList<Migration> Embedded()
    {
        var assembly = typeof(OrdersMigrator).Assembly;
        var list = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var file = resource[ResourcePrefix.Length..];
            var match = FileName().Match(file);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration file \"{file}\" is not named NNNN_name.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var text = new StreamReader(stream);
            list.Add(new Migration(int.Parse(match.Groups[1].Value), match.Groups[2].Value, text.ReadToEnd()));
        }

        return list.OrderBy(m => m.Version).ToList();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    [GeneratedRegex(@"^(\d+)_(\w+)\.sql$")]
    private static partial Regex FileName();
}

public sealed record Migration(int Version, string Name, string Sql);
