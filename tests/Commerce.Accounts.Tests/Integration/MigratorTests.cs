using Commerce.Accounts.Tests.Infrastructure;

namespace Commerce.Accounts.Tests.Integration;

public sealed class MigratorTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    [Fact]
    public async Task Migrations_were_applied_once_at_start_and_a_second_run_applies_nothing()
    {
        var applied = await new AccountsMigrator(host.Options).MigrateAsync();

        Assert.Empty(applied);
        Assert.Equal(2L, await host.ScalarAsync("SELECT count(*) FROM accounts.migration_history"));
        Assert.Equal("0001_users", await host.ScalarAsync("SELECT min(id) FROM accounts.migration_history"));
    }

    [Fact]
    public async Task Concurrent_runs_on_a_fresh_database_apply_each_migration_exactly_once()
    {
        var name = "accounts_mig_" + Guid.NewGuid().ToString("N")[..12];
        var connection = await Servers.CreateDatabaseAsync(name);
        try
        {
            var options = host.Options with { ConnectionString = connection };
            var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => new AccountsMigrator(options).MigrateAsync()));

            var all = runs.SelectMany(r => r).ToList();
            Assert.Equal(["0001_users", "0002_api_keys"], all.Order(StringComparer.Ordinal));
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await Servers.DropDatabaseAsync(name);
        }
    }
}
