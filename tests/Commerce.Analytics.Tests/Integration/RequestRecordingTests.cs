using Commerce.Analytics.Tests.Infrastructure;

namespace Commerce.Analytics.Tests.Integration;

/// <summary>
/// Product views recorded by the catalog's hook from real GraphQL requests over HTTP, counted in Cassandra and read
/// back with the test's own CQL: exactly one view a single-product fetch, none for a listing.
/// </summary>
public sealed class RequestRecordingTests(AnalyticsHost host) : IClassFixture<AnalyticsHost>
{
    private const string ById = "query($id: ID!) { product(id: $id) { id } }";
    private const string BySlug = "query($slug: String!) { productBySlug(slug: $slug) { id } }";
    private const string Listing = "{ products(first: 30) { nodes { id slug } } }";

    [Fact]
    public async Task EachSingleProductFetchCountsOneViewAndListingsCountNone()
    {
        var day = Today.Key(Today.Utc);
        var listed = (await host.PostAsync(Listing, role: "customer")).Ok().GetProperty("products").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(30, listed.Count);
        var product = listed[7].GetProperty("id").GetString()!;
        var slug = listed[7].GetProperty("slug").GetString()!;
        var customer = Guid.NewGuid().ToString();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(product, (await host.PostAsync(ById, new { id = product }, role: "customer")).Ok().GetProperty("product").GetProperty("id").GetString());
        }

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(product, (await host.PostAsync(BySlug, new { slug }, role: "customer", userId: customer)).Ok().GetProperty("productBySlug").GetProperty("id").GetString());
        }

        (await host.PostAsync(Listing, role: "customer")).Ok();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await host.PostAsync(ById, new { id = "no-such-product" })).Ok().GetProperty("product").ValueKind);
        await host.Flusher.FlushAsync();

        // The day's partition holds every product viewed today: only the one fetched singly, five times.
        var viewed = await host.Probe.RowsAsync("SELECT product_id, views FROM {ks}.daily_product_counters WHERE day = ?", day);
        Assert.Equal([(product, 5L)], viewed.Select(r => (r.GetValue<string>("product_id"), r.GetValue<long>("views"))));
        Assert.Equal((5L, 0L, 0L, 0L), await host.Probe.CountersAsync("product_daily_counters", "product_id = ? AND day = ?", product, day));
        var customerViews = await host.Probe.RowsAsync("SELECT kind, product_id FROM {ks}.events_by_customer_day WHERE customer_id = ? AND day = ?", customer, day);
        Assert.Equal([("view", product), ("view", product)], customerViews.Select(r => (r.GetValue<string>("kind"), r.GetValue<string>("product_id"))));
        var guestViews = await host.Probe.RowsAsync("SELECT customer_id FROM {ks}.events_by_product_day WHERE product_id = ? AND day = ?", product, day);
        Assert.Equal(3, guestViews.Count(r => r.IsNull("customer_id")));
    }

    [Fact]
    public async Task StoppingTheHostGracefullyWritesTheViewsStillQueued()
    {
        var slow = new SlowFlushHost();
        await slow.InitializeAsync();
        try
        {
            var day = Today.Key(Today.Utc);
            var product = slow.ProductIds[11];
            for (var i = 0; i < 4; i++)
            {
                (await slow.PostAsync(ById, new { id = product }, role: "customer")).Ok();
            }

            // The flusher waits an hour before writing: nothing is in Cassandra until the host stops.
            Assert.Equal(0L, (await slow.Probe.CountersAsync("product_daily_counters", "product_id = ? AND day = ?", product, day)).Views);

            await slow.StopAsync();

            Assert.Equal(4L, (await slow.Probe.CountersAsync("product_daily_counters", "product_id = ? AND day = ?", product, day)).Views);
            Assert.Equal(4, (await slow.Probe.RowsAsync("SELECT kind FROM {ks}.events_by_product_day WHERE product_id = ? AND day = ?", product, day)).Count);
        }
        finally
        {
            await slow.DisposeAsync();
        }
    }

    private sealed class SlowFlushHost : AnalyticsHost
    {
        protected override TimeSpan FlushInterval => TimeSpan.FromHours(1);
    }
}
