using System.Globalization;
using Commerce.Orders;
using Commerce.Recommendations.Feeding;
using Commerce.Recommendations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Commerce.Recommendations.Tests.Integration;

/// <summary>
/// The rebuild replays the orders module's PostgreSQL history: orders placed, cancelled and refunded through the real
/// orders services, the graph's part wiped, rebuilt, and read back with Cypher against what the test itself placed.
/// </summary>
public sealed class RebuildFromOrdersTests(HostWithOrders host) : IClassFixture<HostWithOrders>
{
    private sealed record Placed(Guid OrderId, string Customer, (string Product, string Sku, int Quantity)[] Lines, bool Cancelled);

    private static readonly Address Home = new() { Name = "Ada Lovelace", Line1 = "12 St James's Square", City = "London", PostalCode = "SW1Y 4JH", Country = "GB" };

    private async Task<Placed> PlaceAsync(string customer, params (string Product, string Sku, int Quantity)[] lines)
    {
        var request = new PlaceOrderRequest(
            Guid.Parse(customer),
            lines.Select(l => new PricedLine(l.Product, l.Sku, "Name of " + l.Product, 4.25m, l.Quantity)).ToList(),
            "EUR",
            Home,
            Home,
            "card",
            TestPaymentGateway.ApproveToken,
            "rebuild-" + Guid.NewGuid());
        var placed = await host.Services.GetRequiredService<OrderPlacement>().PlaceAsync(request);
        return new Placed(placed.Order.Id, customer, lines, Cancelled: false);
    }

    /// <summary>The PURCHASED edges of these customers: (customer, order, product, quantity, at), sorted.</summary>
    private async Task<List<(string Customer, string Order, string Product, long Quantity, long At)>> PurchasesAsync(params string[] customers)
    {
        var records = await host.CypherAsync(
            "MATCH (c:Customer)-[r:PURCHASED]->(p:Product) WHERE c.id IN $ids RETURN c.id AS c, r.orderId AS o, p.id AS p, r.quantity AS q, r.at AS at",
            new { ids = customers });
        return records
            .Select(r => (r.Get<string>("c"), r.Get<string>("o"), r.Get<string>("p"), r.Get<long>("q"), r.Get<long>("at")))
            .OrderBy(e => e.Item2, StringComparer.Ordinal).ThenBy(e => e.Item3, StringComparer.Ordinal)
            .ToList();
    }

    private async Task<long> PlacedAtMillisAsync(Guid orderId)
    {
        await using var command = host.Sql.CreateCommand("SELECT floor(extract(epoch FROM created_at) * 1000)::bigint FROM orders WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = orderId });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task WipeTheTestsGraphAsync()
    {
        await host.CypherAsync("MATCH (c:Customer) WHERE c.id IN $ids DETACH DELETE c", new { ids = host.Customers });
        foreach (var label in new[] { "Product", "Category" })
        {
            await host.CypherAsync($"MATCH (n:{label}) WHERE n.id STARTS WITH $prefix DETACH DELETE n", new { prefix = host.Prefix });
        }
    }

    [Fact]
    public async Task A_rebuild_from_an_empty_graph_writes_exactly_the_purchases_the_orders_hold_and_a_second_changes_nothing()
    {
        var (kettle, toaster, rug) = (host.Id("kettle"), host.Id("toaster"), host.Id("rug"));
        await host.AddCatalogProductsAsync([(kettle, host.Id("kitchen")), (toaster, host.Id("kitchen")), (rug, host.Id("home"))]);
        var stock = host.Services.GetRequiredService<StockOperations>();
        foreach (var sku in new[] { "K1", "K2", "T1", "R1" })
        {
            await stock.SetAsync(host.Id(sku), 100);
        }

        var (ann, bob, cem) = (NewCustomer(), NewCustomer(), NewCustomer());
        var orders = new List<Placed>
        {
            await PlaceAsync(ann, (kettle, host.Id("K1"), 1), (toaster, host.Id("T1"), 2)),
            await PlaceAsync(ann, (rug, host.Id("R1"), 1)),
            // One product on two lines (two variants): one edge with the quantities together.
            await PlaceAsync(bob, (kettle, host.Id("K1"), 1), (kettle, host.Id("K2"), 2)),
            await PlaceAsync(bob, (toaster, host.Id("T1"), 1)),
            await PlaceAsync(cem, (rug, host.Id("R1"), 3), (toaster, host.Id("T1"), 1)),
        };

        // ann's rug order is cancelled; bob's toaster order is captured and refunded in full (a refund is no cancellation).
        await host.Services.GetRequiredService<OrderCancellation>().CancelAsync(orders[1].OrderId);
        orders[1] = orders[1] with { Cancelled = true };
        var payments = host.Services.GetRequiredService<PaymentOperations>();
        var paymentId = await ScalarAsync<Guid>("SELECT id FROM payments WHERE order_id = $1", orders[3].OrderId);
        await payments.CaptureAsync(paymentId, null);
        await payments.RefundAsync(paymentId, 4.25m, "returned");
        Assert.Equal("refunded", await ScalarAsync<string>("SELECT status FROM orders WHERE id = $1", orders[3].OrderId));

        var expected = new List<(string Customer, string Order, string Product, long Quantity, long At)>();
        foreach (var order in orders.Where(o => !o.Cancelled))
        {
            var at = await PlacedAtMillisAsync(order.OrderId);
            foreach (var product in order.Lines.Select(l => l.Product).Distinct())
            {
                expected.Add((order.Customer, order.OrderId.ToString(), product, order.Lines.Where(l => l.Product == product).Sum(l => l.Quantity), at));
            }
        }

        expected = expected.OrderBy(e => e.Order, StringComparer.Ordinal).ThenBy(e => e.Product, StringComparer.Ordinal).ToList();
        Assert.Equal(6, expected.Count);

        await WipeTheTestsGraphAsync();
        Assert.Empty(await PurchasesAsync(ann, bob, cem));
        var rebuilder = host.Services.GetRequiredService<RecommendationsRebuilder>();
        var report = await rebuilder.RebuildAsync();
        var afterFirst = await PurchasesAsync(ann, bob, cem);
        var second = await rebuilder.RebuildAsync();
        var afterSecond = await PurchasesAsync(ann, bob, cem);

        Assert.Equal(expected, afterFirst);
        Assert.Equal(afterFirst, afterSecond);
        Assert.Equal(report, second);
        Assert.Equal(await ScalarAsync<long>("SELECT count(*) FROM orders"), report.Orders);
        Assert.Equal(await ScalarAsync<long>("SELECT count(*) FROM orders WHERE status = 'cancelled'"), report.CancelledOrders);
        var customers = await host.CypherAsync("MATCH (c:Customer) WHERE c.id IN $ids RETURN c.id AS id ORDER BY id", new { ids = new[] { ann, bob, cem } });
        Assert.Equal(new[] { ann, bob, cem }.Order(StringComparer.Ordinal), customers.Select(r => r.Get<string>("id")));
    }

    [Fact]
    public async Task A_rebuild_over_a_live_graph_keeps_the_live_edges_and_removes_an_order_cancelled_while_the_feed_was_behind()
    {
        var (lamp, vase, customer) = (host.Id("lamp"), host.Id("vase"), NewCustomer());
        var stock = host.Services.GetRequiredService<StockOperations>();
        await stock.SetAsync(host.Id("L1"), 10);
        await stock.SetAsync(host.Id("V1"), 10);
        var kept = await PlaceAsync(customer, (vase, host.Id("V1"), 3));
        var cancelled = await PlaceAsync(customer, (lamp, host.Id("L1"), 2));
        var liveAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        await host.Feed.ApplyOrderPlacedAsync(kept.OrderId.ToString(), customer, [new Feeding.OrderLine(vase, 3)], liveAt);
        await host.Feed.ApplyOrderPlacedAsync(cancelled.OrderId.ToString(), customer, [new Feeding.OrderLine(lamp, 2)], liveAt);
        await host.Services.GetRequiredService<OrderCancellation>().CancelAsync(cancelled.OrderId);

        await host.Services.GetRequiredService<RecommendationsRebuilder>().RebuildAsync();

        // The live edge is the rebuild's edge (same keys): still one, with what the live feed wrote.
        var edges = await host.CypherAsync("MATCH (:Customer {id: $c})-[r:PURCHASED]->(p:Product) RETURN p.id AS p, r.orderId AS o, r.quantity AS q, r.at AS at", new { c = customer });
        var edge = Assert.Single(edges);
        Assert.Equal((vase, kept.OrderId.ToString(), 3L, liveAt.ToUnixTimeMilliseconds()), (edge.Get<string>("p"), edge.Get<string>("o"), edge.Get<long>("q"), edge.Get<long>("at")));
    }

    private string NewCustomer()
    {
        var id = Guid.NewGuid().ToString("D", CultureInfo.InvariantCulture);
        host.Customers.Add(id);
        return id;
    }

    private async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var command = host.Sql.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }
}
