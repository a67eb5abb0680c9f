using Commerce.Analytics.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Analytics.Tests.Integration;

/// <summary>
/// Cart additions recorded by the carts module's hook from real <c>addCartLine</c> requests (real login, carts in
/// Redis), read back from Cassandra with the test's own CQL: one action per stored addition, whatever its quantity;
/// none for an addition the cart refused.
/// </summary>
public sealed class CartAdditionRecordingTests(ShopHost host) : IClassFixture<ShopHost>
{
    private const string AddLine =
        "mutation($c: ID!, $p: ID!, $s: String!, $q: Int!) { addCartLine(cartId: $c, productId: $p, variantSku: $s, quantity: $q) { id } }";

    [Fact]
    public async Task EachStoredAdditionMovesAddsToCartByExactlyOne()
    {
        var day = Today.Key(Today.Utc);
        var (customerId, token) = await host.SignUpAsync();
        var product = (await host.DataAsync("{ products(first: 50) { nodes { id variants { sku } } } }")).GetProperty("products").GetProperty("nodes")
            .EnumerateArray().First(p => p.GetProperty("variants").GetArrayLength() > 0);
        var (productId, sku) = (product.GetProperty("id").GetString()!, product.GetProperty("variants")[0].GetProperty("sku").GetString()!);
        var customerCart = (await host.DataAsync("mutation { createCart { id } }", token: token)).GetProperty("createCart").GetProperty("id").GetString()!;
        var guestCart = (await host.DataAsync("mutation { createCart { id } }")).GetProperty("createCart").GetProperty("id").GetString()!;

        await host.DataAsync(AddLine, new { c = customerCart, p = productId, s = sku, q = 3 }, token);
        await host.DataAsync(AddLine, new { c = guestCart, p = productId, s = sku, q = 1 });
        var refused = await host.PostAsync(AddLine, new { c = customerCart, p = productId, s = "NO-SUCH-SKU", q = 1 }, token);
        Assert.True(refused.TryGetProperty("errors", out _));
        await host.Services.GetRequiredService<AnalyticsFlusher>().FlushAsync();

        Assert.Equal((0L, 2L, 0L, 0L), await host.Probe.CountersAsync("product_daily_counters", "product_id = ? AND day = ?", productId, day));
        var customerEvents = await host.Probe.RowsAsync("SELECT kind, product_id, quantity FROM {ks}.events_by_customer_day WHERE customer_id = ? AND day = ?", customerId, day);
        Assert.Equal([("add_to_cart", productId, 3)], customerEvents.Select(r => (r.GetValue<string>("kind"), r.GetValue<string>("product_id"), r.GetValue<int>("quantity"))));
        var productEvents = await host.Probe.RowsAsync("SELECT customer_id, quantity FROM {ks}.events_by_product_day WHERE product_id = ? AND day = ?", productId, day);
        Assert.Equal([1, 3], productEvents.Select(r => r.GetValue<int>("quantity")).Order());
        Assert.Equal(0, host.Ingestion.Statistics.DroppedAddsToCart);
    }
}
