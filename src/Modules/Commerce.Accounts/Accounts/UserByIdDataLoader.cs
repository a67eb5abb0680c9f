using Commerce.GraphQL;
using Commerce.GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Commerce.Accounts;

/// <summary>
/// Users by id for any module (marketing segments, admin lists): every id asked for in one execution step in ONE
/// query, <c>WHERE id = ANY($1)</c>. Only the public columns are read (never the password hash); an id with no
/// account loads as null.
/// </summary>
public sealed class UserByIdDataLoader(IDbContextFactory<AccountsDbContext> contexts, DataLoaderOptions? options = null)
    : BatchDataLoader<Guid, Account?>(options)
{
    protected override async Task<IReadOnlyDictionary<Guid, Account?>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Distinct().ToArray();
        List<UserRow> rows;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            rows = await db.Database
                .SqlQuery<UserRow>($"SELECT id AS \"Id\", email AS \"Email\", name AS \"Name\", role AS \"Role\", created_at AS \"CreatedAt\" FROM accounts.users WHERE id = ANY({ids})")
                .ToListAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException and not PostgresException or TimeoutException)
        {
            throw new GraphQLException(new GraphQLError(
                "Accounts are unavailable right now.",
                extensions: new Dictionary<string, object?> { ["code"] = RedisGuard.StoreUnavailable },
                exception: e));
        }

        return rows.ToDictionary(r => r.Id, r => (Account?)new Account(r.Id, r.Email, r.Name, r.Role, r.CreatedAt));
    }

    private sealed class UserRow
    {
        public Guid Id { get; init; }

        public string Email { get; init; } = "";

        public string Name { get; init; } = "";

        public string Role { get; init; } = "";

        public DateTimeOffset CreatedAt { get; init; }
    }
}
