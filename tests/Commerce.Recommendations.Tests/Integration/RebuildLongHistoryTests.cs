using Commerce.Orders;
using Commerce.Recommendations.Feeding;
using Commerce.Recommendations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Recommendations.Tests.Integration;

/// <summary>A history longer than one write batch of the rebuild (200 orders) is replayed whole; paging the orders store is tested in Orders.</summary>
public sealed class RebuildLongHistoryTests(HostWithOrders host) : IClassFixture<HostWithOrders>
{
    [Fact]
    public async Task Two_hundred_fifty_orders_all_become_purchases_and_every_tenth_cancelled_one_does_not()
    {
        var address = new Address { Name = "Ada Lovelace", Line1 = "12 St James's Square", City = "London", PostalCode = "SW1Y 4JH", Country = "GB" };
        var sku = host.Id("LONG");
        await host.Services.GetRequiredService<StockOperations>().SetAsync(sku, 100_000);
        var placement = host.Services.GetRequiredService<OrderPlacement>();
        var customers = Enumerable.Range(0, 30).Select(_ => Guid.NewGuid()).ToList();
        host.Customers.AddRange(customers.Select(c => c.ToString()));
        var expected = new HashSet<(string Customer, string Order, string Product)>();
        for (var i = 0; i < 250; i++)
        {
            var (customer, first, second) = (customers[i % customers.Count], host.Id("p" + (i % 7)), host.Id("q" + (i % 5)));
            var order = (await placement.PlaceAsync(new PlaceOrderRequest(
                customer,
                [new PricedLine(first, sku, "n", 1m, 1), new PricedLine(second, sku, "n", 1m, 2)],
                "EUR", address, address, "card", TestPaymentGateway.ApproveToken, "long-" + Guid.NewGuid()))).Order;
            if (i % 10 == 3)
            {
                await host.Services.GetRequiredService<OrderCancellation>().CancelAsync(order.Id);
                continue;
            }

            expected.Add((customer.ToString(), order.Id.ToString(), first));
            expected.Add((customer.ToString(), order.Id.ToString(), second));
        }

        var report = await host.Services.GetRequiredService<RecommendationsRebuilder>().RebuildAsync();

        var edges = await host.CypherAsync(
            "MATCH (c:Customer)-[r:PURCHASED]->(p:Product) WHERE c.id IN $ids RETURN c.id AS c, r.orderId AS o, p.id AS p",
            new { ids = host.Customers });
        Assert.Equal((250, 25), (report.Orders, report.CancelledOrders));
        Assert.Equal(expected.Count, edges.Count);
        Assert.True(expected.SetEquals(edges.Select(e => (e.Get<string>("c"), e.Get<string>("o"), e.Get<string>("p")))));
    }
}
