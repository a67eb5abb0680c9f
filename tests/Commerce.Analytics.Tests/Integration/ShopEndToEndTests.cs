using System.Text.Json;
using Commerce.Analytics.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Analytics.Tests.Integration;

/// <summary>
/// The whole shop over HTTP with real login: a customer views products, fills a cart and checks out; the order reaches
/// analytics through the orders module's outbox; an admin sees the counters and the funnel move by exactly those
/// amounts; the outbox delivering the order again moves nothing. Views and cart additions are recorded by the
/// catalog's and the carts' hooks, nothing else.
/// </summary>
public sealed class ShopEndToEndTests(ShopHost host) : IClassFixture<ShopHost>
{
    private static readonly object Address = new { name = "Grace Hopper", line1 = "1 Navy Way", city = "Arlington", postalCode = "22202", country = "us" };

    [Fact]
    public async Task ViewAddToCartCheckoutThenRedeliveryMovesCountersOnce()
    {
        var (customerId, token) = await host.SignUpAsync();
        var products = (await host.DataAsync("{ products(first: 50) { nodes { id variants { sku price } } } }")).GetProperty("products").GetProperty("nodes")
            .EnumerateArray().Where(p => p.GetProperty("variants").GetArrayLength() > 0)
            .Select(p => (Id: p.GetProperty("id").GetString()!, Sku: p.GetProperty("variants")[0].GetProperty("sku").GetString()!, Price: p.GetProperty("variants")[0].GetProperty("price").GetDecimal()))
            .Take(2).ToList();
        var (a, b) = (products[0], products[1]);

        foreach (var productId in new[] { a.Id, a.Id, a.Id, b.Id })
        {
            var fetched = await host.DataAsync("query($id: ID!) { product(id: $id) { id } }", new { id = productId }, token);
            Assert.Equal(productId, fetched.GetProperty("product").GetProperty("id").GetString());
        }

        var cartId = (await host.DataAsync("mutation { createCart { id } }", token: token)).GetProperty("createCart").GetProperty("id").GetString()!;
        foreach (var (line, quantity) in new[] { (a, 2), (b, 1) })
        {
            await host.DataAsync(
                "mutation($c: ID!, $p: ID!, $s: String!, $q: Int!) { addCartLine(cartId: $c, productId: $p, variantSku: $s, quantity: $q) { id } }",
                new { c = cartId, p = line.Id, s = line.Sku, q = quantity }, token);
        }

        var order = (await host.DataAsync(
            "mutation($i: CheckoutInput!) { checkout(input: $i) { id total } }",
            new { i = new { cartId, shippingAddress = Address, billingAddress = Address, payment = new { method = "card", token = "tok_approve" }, idempotencyKey = "an-" + Guid.NewGuid() } },
            token)).GetProperty("checkout");
        Assert.Equal(a.Price * 2 + b.Price, order.GetProperty("total").GetDecimal());

        await WaitAsync(() => host.Ingestion.Statistics.OrdersCounted >= 1);
        await host.Services.GetRequiredService<AnalyticsFlusher>().FlushAsync();
        var (_, adminToken) = await host.LoginAsync(host.AdminEmail);
        var report = await ReportAsync(a.Id, b.Id, adminToken);
        AssertStats(report.GetProperty("a")[0], views: 3, adds: 1, purchases: 1, revenue: a.Price * 2);
        AssertStats(report.GetProperty("b")[0], views: 1, adds: 1, purchases: 1, revenue: b.Price);
        Assert.Equal("{\"views\":4,\"addsToCart\":2,\"purchases\":2}", report.GetProperty("funnel").GetRawText().Replace(" ", ""));

        // The hooks know the signed-in customer from the real session: every event of theirs is under their id.
        var mine = await host.Probe.RowsAsync("SELECT kind, quantity FROM {ks}.events_by_customer_day WHERE customer_id = ? AND day = ?", customerId, Today.Key(Today.Utc));
        Assert.Equal(
            ["add_to_cart:1", "add_to_cart:2", "purchase:1", "purchase:2", "view:1", "view:1", "view:1", "view:1"],
            mine.Select(r => r.GetValue<string>("kind") + ":" + r.GetValue<int>("quantity")).Order(StringComparer.Ordinal));

        // The outbox delivers the same OrderPlaced again (at-least-once): nothing moves.
        await host.ExecuteSqlAsync("UPDATE outbox_deliveries SET delivered_at = NULL, next_attempt_at = now() WHERE handler = 'analytics'");
        await WaitAsync(() => host.Ingestion.Statistics.OrdersRepeated >= 1);
        Assert.Equal(report.GetRawText(), (await ReportAsync(a.Id, b.Id, adminToken)).GetRawText());
        Assert.Single(await host.Probe.RowsAsync("SELECT order_id FROM {ks}.orders_counted WHERE order_id = ?", order.GetProperty("id").GetString()));

        var forbidden = await host.PostAsync("{ analytics { funnel(from: \"2025-01-01\", to: \"2025-01-01\") { views } } }", token: token);
        Assert.Equal("FORBIDDEN", forbidden.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<JsonElement> ReportAsync(string a, string b, string token)
    {
        var day = Today.Key(Today.Utc);
        return (await host.DataAsync(
            """
            query($a: ID!, $b: ID!, $d: Date!) { analytics {
              a: productStats(productId: $a, from: $d, to: $d) { views addsToCart purchases revenue }
              b: productStats(productId: $b, from: $d, to: $d) { views addsToCart purchases revenue }
              funnel(from: $d, to: $d) { views addsToCart purchases } } }
            """,
            new { a, b, d = day },
            token)).GetProperty("analytics");
    }

    private static void AssertStats(JsonElement stats, long views, long adds, long purchases, decimal revenue)
    {
        Assert.Equal(
            (views, adds, purchases, revenue),
            (stats.GetProperty("views").GetInt64(), stats.GetProperty("addsToCart").GetInt64(), stats.GetProperty("purchases").GetInt64(), stats.GetProperty("revenue").GetDecimal()));
    }

    /// <summary>Background delivery: polls, bounded so a broken pipeline fails instead of hanging.</summary>
    private static async Task WaitAsync(Func<bool> done)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!done())
        {
            await Task.Delay(50, patience.Token);
        }
    }
}
