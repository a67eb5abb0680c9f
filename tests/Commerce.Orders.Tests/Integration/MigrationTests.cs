using Commerce.Orders.Tests.Infrastructure;

namespace Commerce.Orders.Tests.Integration;

public sealed class MigrationTests : IClassFixture<OrdersStore>
{
    private readonly OrdersStore _store;

    public MigrationTests(OrdersStore store) => _store = store;

    [Fact]
    public async Task Migrations_are_recorded_once_and_a_second_run_applies_nothing()
    {
        var again = await _store.Get<OrdersMigrator>().MigrateAsync();

        Assert.Empty(again);
        Assert.Equal(OrdersMigrator.Embedded().Count, (int)await _store.CountAsync("schema_migrations"));
        Assert.Equal(9L, await _store.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = $1 AND table_name IN ('orders','order_lines','payments','refunds','stock_levels','stock_movements','outbox','outbox_deliveries','schema_migrations')",
            _store.Schema));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Instances_starting_together_on_an_empty_database_apply_each_migration_exactly_once(int attempt)
    {
        // Several gateways (or test hosts) starting at once against a fresh database: the schema itself does
        // not exist yet, so creating it must be serialised too. The race is narrow, hence several attempts.
        var schema = $"orders_race{attempt}_" + Guid.NewGuid().ToString("N")[..12];
        var databases = Enumerable.Range(0, 8)
            .Select(_ => new OrdersDatabase(new OrdersOptions { ConnectionString = Servers.Postgres, Schema = schema }))
            .ToList();
        try
        {
            // Connections opened beforehand, so the migrations start as close together as they can.
            foreach (var database in databases)
            {
                await using var warm = await database.DataSource.OpenConnectionAsync();
            }

            var applied = await Task.WhenAll(databases.Select(d => Task.Run(() => new OrdersMigrator(d).MigrateAsync())));

            Assert.Equal(OrdersMigrator.Embedded().Count, applied.Sum(a => a.Count));
            Assert.Equal(OrdersMigrator.Embedded().Count, (int)await _store.ScalarAsync<long>($"SELECT count(*) FROM \"{schema}\".schema_migrations"));
        }
        finally
        {
            await _store.ScalarAsync<int>($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE; SELECT 1");
            foreach (var database in databases)
            {
                await database.DisposeAsync();
            }
        }
    }
}
