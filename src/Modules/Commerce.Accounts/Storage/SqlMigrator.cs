using System.Reflection;
using Npgsql;

namespace Commerce.Accounts;

/// <summary>
/// Applies ordered, hand-written SQL migrations to one PostgreSQL schema and records each in that schema's
/// <c>migration_history</c> table. Idempotent: an applied migration is never run again, and concurrent starts
/// are serialised by an advisory lock, so two processes cannot both apply the same file. Each migration runs
/// in its own transaction together with its history row.
/// </summary>
public class SqlMigrator(string connectionString, string schema, IReadOnlyList<SqlMigration> migrations)
{
    public string Schema { get; } = schema;

    /// <summary>The embedded resources named <c>{prefix}NNNN_name.sql</c>, in file-name order.</summary>
    public static IReadOnlyList<SqlMigration> FromEmbeddedResources(Assembly assembly, string resourcePrefix) =>
        assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(resourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return new SqlMigration(n[resourcePrefix.Length..^".sql".Length], reader.ReadToEnd());
            })
            .ToList();

    /// <summary>Applies what is missing; returns the ids it applied (empty when up to date).</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var quoted = QuoteIdentifier(Schema);
        var applied = new List<string>();

        await using (var setup = connection.BeginTransaction())
        {
            await ExecuteAsync(connection, setup, "SELECT pg_advisory_xact_lock(hashtext($1))", cancellationToken, "migrations:" + Schema);
            await ExecuteAsync(connection, setup, $"CREATE SCHEMA IF NOT EXISTS {quoted}", cancellationToken);
            await ExecuteAsync(connection, setup,
                $"CREATE TABLE IF NOT EXISTS {quoted}.migration_history (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
                cancellationToken);
            await setup.CommitAsync(cancellationToken);
        }

        foreach (var migration in migrations)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(hashtext($1))", cancellationToken, "migrations:" + Schema);
            await using (var check = new NpgsqlCommand($"SELECT 1 FROM {quoted}.migration_history WHERE id = $1", connection, transaction))
            {
                check.Parameters.Add(new NpgsqlParameter { Value = migration.Id });
                if (await check.ExecuteScalarAsync(cancellationToken) is not null)
                {
                    continue;
                }
            }

            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await ExecuteAsync(connection, transaction, $"INSERT INTO {quoted}.migration_history (id) VALUES ($1)", cancellationToken, migration.Id);
            await transaction.CommitAsync(cancellationToken);
            applied.Add(migration.Id);
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>One migration: its id (the file name without extension, e.g. <c>0001_users</c>) and its SQL.</summary>
public sealed record SqlMigration(string Id, string Sql);
