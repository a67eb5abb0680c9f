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
}
