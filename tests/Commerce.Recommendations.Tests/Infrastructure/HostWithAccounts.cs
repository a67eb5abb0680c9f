using Commerce.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Commerce.Recommendations.Tests.Infrastructure;

/// <summary>
/// The recommendations host with the real accounts module (PostgreSQL schema <c>accounts</c>, shared by every test
/// run, so each account is a new uuid and an email of its own). Accounts are written by the test with its own SQL and
/// deleted afterwards, with their Customer nodes. Sign-in stays the test's stand-in (<see cref="TestUsers"/>).
/// </summary>
public class HostWithAccounts : RecommendationsHost
{
    private readonly List<Guid> _accounts = [];
    private readonly List<string> _ghosts = [];

    public NpgsqlDataSource Sql { get; private set; } = null!;

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddAccounts(new AccountsOptions
        {
            ConnectionString = Servers.Postgres,
            RedisConfiguration = Servers.Redis,
            RedisKeyPrefix = "recommendations-test-" + Guid.NewGuid().ToString("N")[..8],
        });

    public override async Task InitializeAsync()
    {
        Sql = await Servers.OpenPostgresAsync(Servers.Postgres);

        // The host's start-up migrates the accounts schema before the tests write to it.
        await base.InitializeAsync();
    }

    /// <summary>Writes an account row (no usable password: these customers never sign in) and returns its id, as the graph spells it.</summary>
    public async Task<string> AddAccountAsync(string name)
    {
        var id = Guid.NewGuid();
        await using var command = Sql.CreateCommand("INSERT INTO accounts.users (id, email, name, role, password_hash) VALUES ($1, $2, $3, 'customer', 'none')");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = EmailOf(id) });
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        await command.ExecuteNonQueryAsync();
        _accounts.Add(id);
        return id.ToString("D");
    }

    /// <summary>A customer id the graph may hold but the accounts store does not (an account deleted since).</summary>
    public string Ghost()
    {
        var id = Guid.NewGuid().ToString("D");
        _ghosts.Add(id);
        return id;
    }

    public static string EmailOf(Guid id) => $"segment-{id:N}@example.test";

    public override async Task DisposeAsync()
    {
        try
        {
            var ids = _accounts.Select(a => a.ToString("D")).Concat(_ghosts).ToList();
            await CypherAsync("MATCH (c:Customer) WHERE c.id IN $ids DETACH DELETE c", new { ids });
            await base.DisposeAsync();
        }
        finally
        {
            await using (var delete = Sql.CreateCommand("DELETE FROM accounts.users WHERE id = ANY($1)"))
            {
                delete.Parameters.Add(new NpgsqlParameter { Value = _accounts.ToArray() });
                await delete.ExecuteNonQueryAsync();
            }

            await Sql.DisposeAsync();
        }
    }
}
