using System.Text.Json;
using Commerce.Analytics.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Analytics.Tests.Integration;

/// <summary>
/// Through the real HTTP host: products fetched over GraphQL (the catalog's view hook records each view), cart
/// additions recorded directly (this host has no carts module; ShopEndToEndTests adds lines over GraphQL), an order fed
/// through the outbox handler — then the counters and the funnel, read over GraphQL and by direct CQL.
/// </summary>
public sealed class EndToEndTests(AnalyticsHost host) : IClassFixture<AnalyticsHost>
{
    private const string Report = """
        query($p1: ID!, $p2: ID!, $day: Date!) {
          analytics {
            s1: productStats(productId: $p1, from: $day, to: $day) { day views addsToCart purchases revenue conversionRate }
            s2: productStats(productId: $p2, from: $day, to: $day) { day views addsToCart purchases revenue conversionRate }
            funnel(from: $day, to: $day) { views addsToCart purchases }
            revenueByDay(from: $day, to: $day) { day revenue }
            topProducts(day: $day, metric: VIEWS, first: 5) { productId score product { id name stats(from: $day, to: $day) { views purchases } } }
          }
        }
        """;

    [Fact]
    public async Task ViewsCartAdditionsAndAnOrderMoveCountersAndFunnelByExactlyThoseAmounts()
    {
        var (p1, p2) = (host.ProductIds[0], host.ProductIds[1]);
        var day = Today.Utc;
        var key = Today.Key(day);

        // Other tests of this class may place orders today too: the shop-wide figures are compared by their change.
        var funnelBefore = await host.Probe.CountersAsync("daily_totals", "month = ? AND day = ?", key[..7], key);
        var customer = Guid.NewGuid().ToString();

        for (var i = 0; i < 3; i++)
        {
            await ViewAsync(p1, customer);
        }

        for (var i = 0; i < 2; i++)
        {
            await ViewAsync(p2, userId: null);
        }

        await host.Ingestion.RecordAddToCartAsync(p1, 2, customer, "sess-e2e");
        await host.Ingestion.RecordAddToCartAsync(p2, 1, null, "guest-e2e");

        var order = new OrderPlacedEvent("order-" + Guid.NewGuid().ToString("N"), customer, DateTimeOffset.UtcNow,
            [new OrderPlacedLine(p1, 2, 39.98m), new OrderPlacedLine(p2, 1, 5.50m)]);
        Assert.True(await host.Orders.HandleAsync(order));
        Assert.False(await host.Orders.HandleAsync(order));
        await host.Flusher.FlushAsync();

        var data = (await host.PostAsync(Report, new { p1, p2, day = Today.Key(day) })).Ok();
        var analytics = data.GetProperty("analytics");
        AssertDay(analytics.GetProperty("s1")[0], day, views: 3, adds: 1, purchases: 1, revenue: 39.98m);
        AssertDay(analytics.GetProperty("s2")[0], day, views: 2, adds: 1, purchases: 1, revenue: 5.50m);
        Assert.Equal(1.0 / 3, analytics.GetProperty("s1")[0].GetProperty("conversionRate").GetDouble(), 12);

        var funnel = analytics.GetProperty("funnel");
        Assert.Equal(
            (funnelBefore.Views + 5, funnelBefore.Adds + 2, funnelBefore.Purchases + 2),
            (funnel.GetProperty("views").GetInt64(), funnel.GetProperty("addsToCart").GetInt64(), funnel.GetProperty("purchases").GetInt64()));
        Assert.Equal(Cents.ToMoney(funnelBefore.RevenueCents) + 45.48m, analytics.GetProperty("revenueByDay")[0].GetProperty("revenue").GetDecimal());

        var top = analytics.GetProperty("topProducts").EnumerateArray().ToList();
        Assert.Equal([p1, p2], top.Select(t => t.GetProperty("productId").GetString()));
        Assert.Equal([3m, 2m], top.Select(t => t.GetProperty("score").GetDecimal()));
        Assert.Equal([p1, p2], top.Select(t => t.GetProperty("product").GetProperty("id").GetString()));

        var stats = top[0].GetProperty("product").GetProperty("stats")[0];
        Assert.Equal((3, 1), (stats.GetProperty("views").GetInt64(), stats.GetProperty("purchases").GetInt64()));

        // What Cassandra holds, read by the test itself.
        Assert.Equal((3L, 1L, 1L, 3998L), await host.Probe.CountersAsync("product_daily_counters", "product_id = ? AND day = ?", p1, key));
        Assert.Equal((2L, 1L, 1L, 550L), await host.Probe.CountersAsync("daily_product_counters", "day = ? AND product_id = ?", key, p2));
        var totals = await host.Probe.CountersAsync("daily_totals", "month = ? AND day = ?", key[..7], key);
        Assert.Equal((funnelBefore.Views + 5, funnelBefore.Adds + 2, funnelBefore.Purchases + 2, funnelBefore.RevenueCents + 4548), totals);
        var p1Events = await host.Probe.RowsAsync("SELECT kind FROM {ks}.events_by_product_day WHERE product_id = ? AND day = ?", p1, key);
        Assert.Equal(["add_to_cart", "purchase", "view", "view", "view"], p1Events.Select(r => r.GetValue<string>("kind")).Order());
        var customerEvents = await host.Probe.RowsAsync("SELECT kind FROM {ks}.events_by_customer_day WHERE customer_id = ? AND day = ?", customer, key);
        Assert.Equal(6, customerEvents.Count);
        Assert.Single(await host.Probe.RowsAsync("SELECT order_id FROM {ks}.orders_counted WHERE order_id = ?", order.OrderId));
    }

    [Fact]
    public async Task AnOutboxEventDeliveredTwiceMovesTheCountersOnce()
    {
        var product = host.ProductIds[2];
        var key = Today.Key(Today.Utc);
        var before = await host.Probe.CountersAsync("product_daily_counters", "product_id = ? AND day = ?", product, key);
        var order = new OrderPlacedEvent("order-" + Guid.NewGuid().ToString("N"), null, DateTimeOffset.UtcNow, [new OrderPlacedLine(product, 3, 12.30m)]);

        var first = await host.Orders.HandleAsync(order);
        var concurrent = await Task.WhenAll(host.Orders.HandleAsync(order), host.Orders.HandleAsync(order));

        Assert.True(first);
        Assert.Equal([false, false], concurrent);
        var after = await host.Probe.CountersAsync("product_daily_counters", "product_id = ? AND day = ?", product, key);
        Assert.Equal((before.Purchases + 1, before.RevenueCents + 1230), (after.Purchases, after.RevenueCents));
        var purchases = await host.Probe.RowsAsync("SELECT order_id FROM {ks}.events_by_product_day WHERE product_id = ? AND day = ?", product, key);
        Assert.Single(purchases, r => r.GetValue<string>("order_id") == order.OrderId);
    }

    [Fact]
    public async Task AnOrderPlacedOutboxMessageDeliveredTwiceThroughTheOutboxInterfaceCountsOnce()
    {
        var product = host.ProductIds[3];
        var key = Today.Key(Today.Utc);
        var orderId = Guid.NewGuid();
        // The payload as the orders module writes it (web JSON of OrderEvents.Placed).
        var payload = JsonSerializer.SerializeToElement(new
        {
            orderId,
            number = "A-1001",
            customerId = Guid.NewGuid(),
            total = 26.97m,
            currency = "EUR",
            createdAt = DateTimeOffset.UtcNow,
            lines = new[] { new { productId = product, variantSku = "SKU-1", quantity = 3, unitPrice = 8.99m } },
        }, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var message = new Commerce.Orders.OutboxMessage(42, orderId.ToString(), Commerce.Orders.OutboxMessageTypes.OrderPlaced, payload, DateTimeOffset.UtcNow);
        var handler = Assert.Single(host.Services.GetServices<Commerce.Orders.IOutboxHandler>(), h => h.Name == "analytics");

        await handler.HandleAsync(message, CancellationToken.None);
        await handler.HandleAsync(message, CancellationToken.None);

        Assert.Equal((0L, 0L, 1L, 2697L), await host.Probe.CountersAsync("product_daily_counters", "product_id = ? AND day = ?", product, key));
        Assert.Single(await host.Probe.RowsAsync("SELECT order_id FROM {ks}.orders_counted WHERE order_id = ?", orderId.ToString()));
    }

    /// <summary>Fetches the product over GraphQL, signed in as <paramref name="userId"/> or as a guest; the fetch records the view.</summary>
    private async Task ViewAsync(string productId, string? userId)
    {
        var product = (await host.PostAsync("query($id: ID!) { product(id: $id) { id } }", new { id = productId }, role: "customer", userId: userId)).Ok();
        Assert.Equal(productId, product.GetProperty("product").GetProperty("id").GetString());
    }

    private static void AssertDay(JsonElement stats, DateOnly day, long views, long adds, long purchases, decimal revenue)
    {
        Assert.Equal(Today.Key(day), stats.GetProperty("day").GetString());
        Assert.Equal(views, stats.GetProperty("views").GetInt64());
        Assert.Equal(adds, stats.GetProperty("addsToCart").GetInt64());
        Assert.Equal(purchases, stats.GetProperty("purchases").GetInt64());
        Assert.Equal(revenue, stats.GetProperty("revenue").GetDecimal());
    }
}
