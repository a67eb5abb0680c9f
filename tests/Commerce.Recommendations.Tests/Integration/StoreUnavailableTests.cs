using System.Text.Json;
using Commerce.Recommendations.Tests.Infrastructure;

namespace Commerce.Recommendations.Tests.Integration;

/// <summary>With Neo4j unreachable the host starts, the recommendation fields fail with STORE_UNAVAILABLE, the rest arrives.</summary>
public sealed class StoreUnavailableTests(StoreUnavailableTests.UnreachableGraph host) : IClassFixture<StoreUnavailableTests.UnreachableGraph>
{
    public sealed class UnreachableGraph : RecommendationsHost
    {
        protected override string ModuleNeo4j => Servers.ClosedNeo4j;

        protected override RecommendationsOptions ModuleOptions => base.ModuleOptions with { ViewWriteAttempts = 2, ViewRetryDelay = TimeSpan.FromMilliseconds(10) };
    }

    [Fact]
    public async Task A_product_view_is_answered_while_the_graph_is_down_and_its_batch_is_dropped_and_counted()
    {
        var product = host.Id("seen-while-down");
        await host.AddCatalogProductsAsync([(product, host.Id("cat"))]);

        var response = await host.PostAsync("query($id: ID!) { product(id: $id) { id name } }", new { id = product }, role: "customer", customerId: Guid.NewGuid().ToString(), sessionId: "s");
        await host.ViewFlusher.FlushAsync();

        Assert.Equal(product, response.Ok().GetProperty("product").GetProperty("id").GetString());
        var statistics = host.ViewQueue.Statistics;
        Assert.Equal((1L, 1L, 1L, 0L), (statistics.Enqueued, statistics.DroppedBatches, statistics.DroppedViews, statistics.Written));
    }

    [Fact]
    public async Task Product_fields_from_the_catalog_arrive_and_only_the_recommendations_are_null()
    {
        await host.AddCatalogProductsAsync([(host.Id("a"), host.Id("cat")), (host.Id("b"), host.Id("cat"))]);

        var response = await host.PostAsync("{ products(first: 5) { nodes { id name frequentlyBoughtTogether { score } similar { score } } } }");

        var nodes = response.Data.GetProperty("products").GetProperty("nodes");
        Assert.Equal([host.Id("a"), host.Id("b")], nodes.EnumerateArray().Select(n => n.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(nodes.EnumerateArray(), n =>
        {
            Assert.StartsWith("Name of ", n.GetProperty("name").GetString());
            Assert.Equal(JsonValueKind.Null, n.GetProperty("frequentlyBoughtTogether").ValueKind);
            Assert.Equal(JsonValueKind.Null, n.GetProperty("similar").ValueKind);
        });
        Assert.Equal(4, response.Errors.Count());
        Assert.All(response.ErrorCodes, code => Assert.Equal("STORE_UNAVAILABLE", code));
    }

    [Fact]
    public async Task Customer_recommendations_report_the_store_as_unavailable()
    {
        var response = await host.PostAsync("{ myRecommendations { score } }", role: "customer", customerId: host.Id("c"));

        Assert.Equal(["STORE_UNAVAILABLE"], response.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("myRecommendations").ValueKind);
    }
}
