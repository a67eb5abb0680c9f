using Commerce.Orders;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Commerce.Recommendations.Tests.Infrastructure;

/// <summary>
/// The recommendations host with the real orders module on PostgreSQL (a schema of its own, dropped afterwards). The
/// outbox dispatcher does not run, so the graph learns of orders only through what a test does (a rebuild). Customer
/// nodes are keyed by the orders' customer ids (uuids, not prefixed): a test registers the ones it uses in
/// <see cref="Customers"/> and they are deleted afterwards.
/// </summary>
public class HostWithOrders : RecommendationsHost
{
    public string Schema { get; } = "orders_test_" + Guid.NewGuid().ToString("N")[..12];

    public NpgsqlDataSource Sql { get; private set; } = null!;

    public List<string> Customers { get; } = [];

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddOrders(new OrdersOptions { ConnectionString = Servers.Postgres, Schema = Schema, RunOutboxDispatcher = false });

    public override async Task InitializeAsync()
    {
        Sql = await Servers.OpenPostgresAsync(new NpgsqlConnectionStringBuilder(Servers.Postgres) { SearchPath = Schema }.ConnectionString);

        await base.InitializeAsync();
        await Services.GetRequiredService<OrdersMigrator>().MigrateAsync();
    }

    public override async Task DisposeAsync()
    {
        try
        {
            if (Customers.Count > 0)
            {
                await CypherAsync("MATCH (c:Customer) WHERE c.id IN $ids DETACH DELETE c", new { ids = Customers });
            }

            await base.DisposeAsync();
        }
        finally
        {
            await using (var drop = Sql.CreateCommand($"DROP SCHEMA IF EXISTS \"{Schema}\" CASCADE"))
            {
                await drop.ExecuteNonQueryAsync();
            }

            await Sql.DisposeAsync();
        }
    }
}
