using Commerce.Drivers.Bolt;
using Commerce.Recommendations.Feeding;
using Commerce.Recommendations.Tests.Infrastructure;

namespace Commerce.Recommendations.Tests.Integration;

/// <summary>
/// Products fetched through real GraphQL over HTTP feed <c>VIEWED</c> through the view queue: read back with the
/// test's own Cypher, the edge of a signed-in customer counts exactly their single-product fetches; listings and
/// guests add nothing; stopping the host writes what was still queued.
/// </summary>
public sealed class ViewFeedTests(RecommendationsHost host) : IClassFixture<RecommendationsHost>
{
    private const string ById = "query($id: ID!) { product(id: $id) { id } }";
    private const string BySlug = "query($slug: String!) { productBySlug(slug: $slug) { id } }";

    [Fact]
    public async Task Single_product_fetches_of_a_signed_in_customer_add_up_on_one_VIEWED_edge()
    {
        var (p1, p2) = (host.Id("viewed-1"), host.Id("viewed-2"));
        await host.AddCatalogProductsAsync([(p1, host.Id("cat")), (p2, host.Id("cat"))]);
        var customer = Guid.NewGuid().ToString();
        try
        {
            var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            for (var i = 0; i < 3; i++)
            {
                await FetchAsync(host, ById, new { id = p1 }, customer);
            }

            await FetchAsync(host, BySlug, new { slug = p1 }, customer);
            await FetchAsync(host, ById, new { id = p2 }, customer);
            Assert.Equal(2, (await host.PostAsync("{ products(first: 10) { nodes { id } } }", role: "customer", customerId: customer, sessionId: "s")).Ok()
                .GetProperty("products").GetProperty("nodes").GetArrayLength());
            await FetchAsync(host, ById, new { id = p1 }, customer: null);
            await host.ViewFlusher.FlushAsync();
            var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

            var edges = await EdgesAsync(customer);
            Assert.Equal([(p1, 4L), (p2, 1L)], edges.Select(e => (e.Product, e.Count)));
            Assert.All(edges, e => Assert.InRange(e.LastAt, before, after));
            // The guest's fetch made no edge: the customer's is the only one into p1.
            Assert.Equal(1L, (await host.CypherAsync("MATCH (:Customer)-[v:VIEWED]->(:Product {id: $p}) RETURN count(v) AS n", new { p = p1 }))[0]["n"].As<long>());

            // A later batch adds to the existing edge and moves its time forward.
            var firstLast = edges[0].LastAt;
            await FetchAsync(host, ById, new { id = p1 }, customer);
            await FetchAsync(host, ById, new { id = p1 }, customer);
            await host.ViewFlusher.FlushAsync();
            var again = await EdgesAsync(customer);
            Assert.Equal((p1, 6L), (again[0].Product, again[0].Count));
            Assert.True(again[0].LastAt >= firstLast);
            Assert.Equal(0, host.ViewQueue.Statistics.DroppedViews + host.ViewQueue.Statistics.DroppedQueueFull);
        }
        finally
        {
            await host.CypherAsync("MATCH (c:Customer {id: $id}) DETACH DELETE c", new { id = customer });
        }
    }

    [Fact]
    public async Task Stopping_the_host_gracefully_writes_the_views_still_queued()
    {
        var stopping = new RecommendationsHost();
        await stopping.InitializeAsync();
        var customer = Guid.NewGuid().ToString();
        try
        {
            var product = stopping.Id("stop-viewed");
            await stopping.AddCatalogProductsAsync([(product, stopping.Id("cat"))]);
            for (var i = 0; i < 3; i++)
            {
                await FetchAsync(stopping, ById, new { id = product }, customer);
            }

            // The host flushes views hourly: until it stops, the graph has no edge.
            Assert.Empty(await stopping.CypherAsync("MATCH (:Customer {id: $c})-[v:VIEWED]->() RETURN v", new { c = customer }));

            await stopping.StopAsync();

            var edge = Assert.Single(await stopping.CypherAsync("MATCH (:Customer {id: $c})-[v:VIEWED]->(p:Product) RETURN p.id AS product, v.count AS count", new { c = customer }));
            Assert.Equal((product, 3L), (edge["product"].As<string>(), edge["count"].As<long>()));
        }
        finally
        {
            await stopping.CypherAsync("MATCH (c:Customer {id: $id}) DETACH DELETE c", new { id = customer });
            await stopping.DisposeAsync();
        }
    }

    private async Task<List<(string Product, long Count, long LastAt)>> EdgesAsync(string customer) =>
        (await host.CypherAsync(
            "MATCH (:Customer {id: $c})-[v:VIEWED]->(p:Product) RETURN p.id AS product, v.count AS count, v.lastAt AS lastAt ORDER BY p.id",
            new { c = customer }))
        .Select(r => (r["product"].As<string>(), r["count"].As<long>(), r["lastAt"].As<long>()))
        .ToList();

    /// <summary>Fetches a product as a signed-in customer (a password session), or as a guest when <paramref name="customer"/> is null.</summary>
    private static async Task FetchAsync(RecommendationsHost on, string query, object variables, string? customer)
    {
        var data = (await on.PostAsync(query, variables, role: customer is null ? null : "customer", customerId: customer, sessionId: customer is null ? null : "session-" + customer)).Ok();
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, data.EnumerateObject().Single().Value.ValueKind);
    }
}
