using Commerce.Drivers.Bolt;
using Commerce.Recommendations.Feeding;
using Commerce.Recommendations.Tests.Infrastructure;

namespace Commerce.Recommendations.Tests.Integration;

/// <summary>OrderPlaced and OrderCancelled as the outbox delivers them: at least once, sometimes while Neo4j is down.</summary>
public sealed class OrderEventTests(RecommendationsHost host) : IClassFixture<RecommendationsHost>
{
    private static readonly DateTimeOffset PlacedAt = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private async Task<(long Edges, long Units)> PurchasesAsync(string productId)
    {
        var record = (await host.CypherAsync(
            "MATCH (:Customer)-[r:PURCHASED]->(:Product {id: $id}) RETURN count(r) AS edges, coalesce(sum(r.quantity), 0) AS units",
            new { id = productId })).Single();
        return (record.Get<long>("edges"), record.Get<long>("units"));
    }

    private async Task<List<(string Id, int Score)>> TogetherAsync(string productId)
    {
        var response = await host.PostAsync("query($id: ID!) { product(id: $id) { frequentlyBoughtTogether(first: 10) { score product { id } } } }", new { id = productId });
        return response.Ok().GetProperty("product").GetProperty("frequentlyBoughtTogether").EnumerateArray()
            .Select(r => (r.GetProperty("product").GetProperty("id").GetString()!, r.GetProperty("score").GetInt32()))
            .ToList();
    }

    [Fact]
    public async Task A_redelivered_OrderPlaced_changes_nothing()
    {
        var (a, b) = (host.Id("redeliver-a"), host.Id("redeliver-b"));
        await host.AddCatalogProductsAsync([(a, host.Id("cat")), (b, host.Id("cat"))]);
        List<OrderLine> lines = [new(a, 2), new(b, 3)];

        await host.Feed.ApplyOrderPlacedAsync(host.Id("order-1"), host.Id("alice"), lines, PlacedAt);
        await host.Feed.ApplyOrderPlacedAsync(host.Id("order-1"), host.Id("alice"), lines, PlacedAt);
        await host.Feed.ApplyOrderPlacedAsync(host.Id("order-1"), host.Id("alice"), lines, PlacedAt.AddMinutes(5));

        Assert.Equal((1L, 2L), await PurchasesAsync(a));
        Assert.Equal((1L, 3L), await PurchasesAsync(b));
        Assert.Equal([(b, 1)], await TogetherAsync(a));
        var at = (await host.CypherAsync("MATCH (:Customer)-[r:PURCHASED]->(:Product {id: $id}) RETURN r.at AS at", new { id = a })).Single().Get<long>("at");
        Assert.Equal(PlacedAt.ToUnixTimeMilliseconds(), at);

        // A second, different order of the same pair does count.
        await host.Feed.ApplyOrderPlacedAsync(host.Id("order-2"), host.Id("bob"), lines, PlacedAt);
        Assert.Equal([(b, 2)], await TogetherAsync(a));
    }

    [Fact]
    public async Task OrderCancelled_removes_that_order_only_and_may_be_redelivered()
    {
        var (a, b, c) = (host.Id("cancel-a"), host.Id("cancel-b"), host.Id("cancel-c"));
        await host.AddCatalogProductsAsync([(a, host.Id("cat")), (b, host.Id("cat")), (c, host.Id("cat"))]);
        await host.Feed.ApplyOrderPlacedAsync(host.Id("order-10"), host.Id("carol"), [new(a, 1), new(b, 1)], PlacedAt);
        await host.Feed.ApplyOrderPlacedAsync(host.Id("order-11"), host.Id("carol"), [new(a, 1), new(c, 1)], PlacedAt);
        Assert.Equal([(b, 1), (c, 1)], await TogetherAsync(a));

        await host.Feed.ApplyOrderCancelledAsync(host.Id("order-10"), host.Id("carol"));
        await host.Feed.ApplyOrderCancelledAsync(host.Id("order-10"), host.Id("carol"));

        Assert.Equal([(c, 1)], await TogetherAsync(a));
        Assert.Equal((1L, 1L), await PurchasesAsync(a));
        Assert.Equal((0L, 0L), await PurchasesAsync(b));
    }

    [Fact]
    public async Task An_order_placed_while_Neo4j_is_unreachable_arrives_when_the_outbox_retries()
    {
        var (a, b) = (host.Id("down-a"), host.Id("down-b"));
        await host.AddCatalogProductsAsync([(a, host.Id("cat")), (b, host.Id("cat"))]);
        List<OrderLine> lines = [new(a, 1), new(b, 1)];

        // The handler the outbox calls while Neo4j is down: it must fail, so the outbox keeps the event.
        await using (var downGraph = new Graph.RecommendationsGraph(new RecommendationsOptions { ConnectionString = Servers.ClosedNeo4j, ConnectionTimeout = TimeSpan.FromSeconds(1) }))
        {
            var downFeed = new RecommendationsFeed(downGraph, TimeProvider.System);
            await Assert.ThrowsAsync<ServiceUnavailableException>(() => downFeed.ApplyOrderPlacedAsync(host.Id("order-20"), host.Id("dave"), lines, PlacedAt));
        }

        Assert.Empty(await TogetherAsync(a));

        // The outbox delivers the same event again once Neo4j is back.
        await host.Feed.ApplyOrderPlacedAsync(host.Id("order-20"), host.Id("dave"), lines, PlacedAt);

        Assert.Equal([(b, 1)], await TogetherAsync(a));
        var response = await host.PostAsync("{ myRecommendations(first: 5) { product { id } } }", role: "customer", customerId: host.Id("erin"));
        Assert.Empty(response.Ok().GetProperty("myRecommendations").EnumerateArray());
    }

    [Fact]
    public async Task Views_count_up_on_one_edge_and_keep_the_latest_time()
    {
        var product = host.Id("viewed");
        await host.Feed.RecordViewAsync(host.Id("frank"), product, PlacedAt.AddHours(2));
        await host.Feed.RecordViewAsync(host.Id("frank"), product, PlacedAt);
        await host.Feed.RecordViewAsync(host.Id("frank"), product);

        var record = (await host.CypherAsync(
            "MATCH (:Customer {id: $c})-[v:VIEWED]->(:Product {id: $p}) RETURN count(v) AS edges, max(v.count) AS views, max(v.lastAt) AS lastAt",
            new { c = host.Id("frank"), p = product })).Single();
        Assert.Equal(1L, record.Get<long>("edges"));
        Assert.Equal(3L, record.Get<long>("views"));
        Assert.True(record.Get<long>("lastAt") > PlacedAt.AddHours(2).ToUnixTimeMilliseconds());
    }
}
