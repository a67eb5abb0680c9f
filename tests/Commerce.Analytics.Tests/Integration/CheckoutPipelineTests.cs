using Commerce.Analytics.Tests.Infrastructure;
using Commerce.Orders;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Commerce.Analytics.Tests.Integration;

/// <summary>
/// The real pipeline behind checkout: the orders module places an order in PostgreSQL (its transactional core, with
/// the OrderPlaced outbox row), its outbox dispatcher delivers it to analytics through <see cref="IOutboxHandler"/>,
/// and the counters read over GraphQL move by that order. (Checkout over HTTP also needs login and carts, which
/// the gateway wires; the placement service is the same code the checkout mutation calls.)
/// </summary>
public sealed class CheckoutPipelineTests(CheckoutPipelineTests.CheckoutHost host) : IClassFixture<CheckoutPipelineTests.CheckoutHost>
{
    public sealed class CheckoutHost : AnalyticsHost
    {
        public static string Postgres { get; } =
            Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") ?? "Host=127.0.0.1;Port=15432;Username=postgres;Database=commerce;Timeout=5";

        public string Schema { get; } = "analytics_orders_" + Guid.NewGuid().ToString("N")[..12];

        public NpgsqlDataSource Sql { get; private set; } = null!;

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddOrders(new OrdersOptions { ConnectionString = Postgres, Schema = Schema, OutboxPollInterval = TimeSpan.FromMilliseconds(50), OutboxBaseBackoff = TimeSpan.FromMilliseconds(50) });

        public override async Task InitializeAsync()
        {
            Sql = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(Postgres) { SearchPath = Schema }.ConnectionString);
            try
            {
                await using var ping = Sql.CreateCommand("SELECT 1");
                await ping.ExecuteScalarAsync();
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
            {
                throw new InvalidOperationException($"PostgreSQL is not reachable at {Postgres}; start it with `scripts/services.sh up`.", e);
            }

            await base.InitializeAsync();
            await Services.GetRequiredService<OrdersMigrator>().MigrateAsync();
        }

        public async Task PutStockAsync(string sku, int quantity)
        {
            await using var command = Sql.CreateCommand("INSERT INTO stock_levels (sku, quantity, updated_at) VALUES ($1, $2, now()) ON CONFLICT (sku) DO UPDATE SET quantity = EXCLUDED.quantity");
            command.Parameters.Add(new NpgsqlParameter { Value = sku });
            command.Parameters.Add(new NpgsqlParameter { Value = quantity });
            await command.ExecuteNonQueryAsync();
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await using (var drop = Sql.CreateCommand($"DROP SCHEMA IF EXISTS \"{Schema}\" CASCADE"))
            {
                await drop.ExecuteNonQueryAsync();
            }

            await Sql.DisposeAsync();
        }
    }

    [Fact]
    public async Task APlacedOrderReachesTheCountersThroughTheOutbox()
    {
        var (p1, p2) = (host.ProductIds[4], host.ProductIds[5]);
        var (sku1, sku2) = ("AN-" + Guid.NewGuid().ToString("N")[..8], "AN-" + Guid.NewGuid().ToString("N")[..8]);
        await host.PutStockAsync(sku1, 10);
        await host.PutStockAsync(sku2, 10);
        var home = new Address { Name = "Ada Lovelace", Line1 = "12 St James's Square", City = "London", PostalCode = "SW1Y 4JH", Country = "GB" };
        var request = new PlaceOrderRequest(
            Guid.NewGuid(),
            [new PricedLine(p1, sku1, "One", 12.50m, 2), new PricedLine(p2, sku2, "Two", 3.99m, 1)],
            "EUR", home, home, "card", TestPaymentGateway.ApproveToken, "analytics-" + Guid.NewGuid());

        var placed = await host.Services.GetRequiredService<OrderPlacement>().PlaceAsync(request);
        Assert.True(placed.Created);

        // The dispatcher delivers in the background; wait (bounded) until analytics has counted one order.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (host.Ingestion.Statistics.OrdersCounted < 1)
        {
            await Task.Delay(50, patience.Token);
        }

        var day = Today.Key(Today.Utc);
        var stats = (await host.PostAsync(
            "query($a: ID!, $b: ID!, $d: Date!) { analytics { a: productStats(productId: $a, from: $d, to: $d) { purchases revenue } b: productStats(productId: $b, from: $d, to: $d) { purchases revenue } } }",
            new { a = p1, b = p2, d = day })).Ok().GetProperty("analytics");
        Assert.Equal((1L, 25.00m), (stats.GetProperty("a")[0].GetProperty("purchases").GetInt64(), stats.GetProperty("a")[0].GetProperty("revenue").GetDecimal()));
        Assert.Equal((1L, 3.99m), (stats.GetProperty("b")[0].GetProperty("purchases").GetInt64(), stats.GetProperty("b")[0].GetProperty("revenue").GetDecimal()));
        Assert.Single(await host.Probe.RowsAsync("SELECT order_id FROM {ks}.orders_counted WHERE order_id = ?", placed.Order.Id.ToString()));
    }
}
