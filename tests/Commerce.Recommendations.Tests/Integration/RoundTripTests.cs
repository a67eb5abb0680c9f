using Commerce.Recommendations.Tests.Infrastructure;

namespace Commerce.Recommendations.Tests.Integration;

/// <summary>
/// The recommendations of a whole page of products cost one Neo4j round trip, and their products one MongoDB
/// round trip, counted by the host's own tracing through HTTP.
/// </summary>
public sealed class RoundTripTests(RecommendationAnswersTests.SeededHost host) : IClassFixture<RecommendationAnswersTests.SeededHost>
{
    [Fact]
    public async Task Frequently_bought_together_of_twenty_products_costs_one_neo4j_and_one_mongo_round_trip()
    {
        // The listing alone, for the MongoDB round trips that are not the recommendations'.
        var listing = await host.PostAsync("{ products(first: 20) { nodes { id name } } }", trace: true);
        listing.Ok();

        var response = await host.PostAsync(
            "{ products(first: 20) { nodes { id name frequentlyBoughtTogether(first: 5) { score product { name } } } } }",
            trace: true);

        var nodes = response.Ok().GetProperty("products").GetProperty("nodes");
        Assert.Equal(20, nodes.GetArrayLength());
        var recommended = nodes.EnumerateArray().Sum(n => n.GetProperty("frequentlyBoughtTogether").GetArrayLength());
        Assert.True(recommended >= 40, $"only {recommended} recommendations; the batching claim needs many");
        Assert.All(
            nodes.EnumerateArray().SelectMany(n => n.GetProperty("frequentlyBoughtTogether").EnumerateArray()),
            r => Assert.StartsWith("Name of ", r.GetProperty("product").GetProperty("name").GetString()));

        Assert.Equal(0, listing.RoundTrips("neo4j"));
        Assert.Equal(1, response.RoundTrips("neo4j"));
        Assert.Equal(listing.RoundTrips("mongo") + 1, response.RoundTrips("mongo"));
    }

    [Fact]
    public async Task Two_recommendation_fields_with_different_sizes_on_one_level_cost_one_round_trip_each()
    {
        const string query = "{ products(first: 20) { nodes { id few: frequentlyBoughtTogether(first: 1) { score } many: frequentlyBoughtTogether(first: 5) { score } similar(first: 3) { score product { id } } } } }";

        // The two loaders query Neo4j concurrently, so a request may find the pool one connection short and open it:
        // that connection's handshake and INIT are round trips too (2 more). Requests that open none cost exactly the
        // two batched queries; a few traced requests are made so at least one runs on a warm pool.
        (await host.PostAsync(query)).Ok();
        var counts = new List<long>();
        GraphQLResponse response = null!;
        for (var attempt = 0; attempt < 4 && !counts.Contains(2L); attempt++)
        {
            response = await host.PostAsync(query, trace: true);
            counts.Add(response.RoundTrips("neo4j"));
        }

        var nodes = response.Ok().GetProperty("products").GetProperty("nodes");
        foreach (var node in nodes.EnumerateArray())
        {
            var id = node.GetProperty("id").GetString()!;
            Assert.Equal(host.History.FrequentlyBoughtTogether(id, 1).Count, node.GetProperty("few").GetArrayLength());
            Assert.Equal(host.History.FrequentlyBoughtTogether(id, 5).Count, node.GetProperty("many").GetArrayLength());
        }

        // One query for frequentlyBoughtTogether (both sizes), one for similar; never more than one connection opened.
        Assert.Contains(2L, counts);
        Assert.All(counts, count => Assert.InRange(count, 2L, 4L));
    }
}
