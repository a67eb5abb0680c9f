using System.Text.Json;
using Commerce.Recommendations.Tests.Infrastructure;

namespace Commerce.Recommendations.Tests.Integration;

/// <summary>
/// Over a generated history of 40 orders and 60 views, every recommendation field gives the products and scores the
/// test computes on its own from the same history, in the same order.
/// </summary>
public sealed class RecommendationAnswersTests(RecommendationAnswersTests.SeededHost host) : IClassFixture<RecommendationAnswersTests.SeededHost>
{
    /// <summary>Twelve customers with accounts (segments return accounts) and their generated history.</summary>
    public sealed class SeededHost : HostWithAccounts
    {
        public PurchaseHistory History { get; private set; } = null!;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var customers = new List<string>();
            for (var i = 0; i < 12; i++)
            {
                customers.Add(await AddAccountAsync($"Customer {i}"));
            }

            History = PurchaseHistory.Generate(Id, seed: 7, productCount: 24, customerCount: 12, orderCount: 60, viewCount: 80, customers);
            await AddCatalogProductsAsync(History.CategoryOf.Select(p => (p.Key, p.Value)));
            await History.FeedAsync(Feed);

            // A customer who only looked around, for the best-seller fallback.
            await Feed.RecordViewAsync(Id("newcomer"), Id("p04"), new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));
            History.Views.Add(new HistoryView(Id("newcomer"), Id("p04"), new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero)));
        }
    }

    private static List<(string Id, int Score)> Read(JsonElement recommendations) =>
        recommendations.EnumerateArray()
            .Select(r => (r.GetProperty("product").GetProperty("id").GetString()!, r.GetProperty("score").GetInt32()))
            .ToList();

    [Fact]
    public async Task Frequently_bought_together_matches_the_history_for_every_product()
    {
        var response = await host.PostAsync("{ products(first: 30) { nodes { id frequentlyBoughtTogether(first: 4) { score reason product { id } } } } }");

        var nodes = response.Ok().GetProperty("products").GetProperty("nodes");
        Assert.Equal(24, nodes.GetArrayLength());
        var nonEmpty = 0;
        foreach (var node in nodes.EnumerateArray())
        {
            var id = node.GetProperty("id").GetString()!;
            var expected = host.History.FrequentlyBoughtTogether(id, 4);
            Assert.Equal(expected, Read(node.GetProperty("frequentlyBoughtTogether")));
            Assert.All(node.GetProperty("frequentlyBoughtTogether").EnumerateArray(), r => Assert.StartsWith("Bought together in ", r.GetProperty("reason").GetString()));
            nonEmpty += expected.Count > 0 ? 1 : 0;
        }

        Assert.True(nonEmpty >= 10, "the generated history should give most products some co-purchases");
    }

    [Fact]
    public async Task Similar_counts_shared_categories_and_co_viewers()
    {
        var response = await host.PostAsync("{ products(first: 30) { nodes { id similar(first: 6) { score product { id } } } } }");

        foreach (var node in response.Ok().GetProperty("products").GetProperty("nodes").EnumerateArray())
        {
            var id = node.GetProperty("id").GetString()!;
            Assert.Equal(host.History.Similar(id, 6), Read(node.GetProperty("similar")));
        }
    }

    [Fact]
    public async Task My_recommendations_are_what_customers_who_bought_what_I_bought_also_bought()
    {
        var customers = host.History.Orders.Select(o => o.CustomerId).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(customers.Count >= 8);
        foreach (var customer in customers)
        {
            var response = await host.PostAsync("{ myRecommendations(first: 5) { score reason product { id } } }", role: "customer", customerId: customer);

            var expected = host.History.ForCustomer(customer, 5);
            Assert.Equal(expected, Read(response.Ok().GetProperty("myRecommendations")));
        }
    }

    [Fact]
    public async Task A_customer_without_purchases_gets_the_best_sellers_of_the_categories_they_viewed()
    {
        var response = await host.PostAsync("{ myRecommendations(first: 3) { score reason product { id } } }", role: "customer", customerId: host.Id("newcomer"));

        var actual = Read(response.Ok().GetProperty("myRecommendations"));
        var expected = host.History.ForCustomer(host.Id("newcomer"), 3);
        Assert.Equal(3, expected.Count);
        Assert.All(expected, e => Assert.Equal(host.History.CategoryOf[host.Id("p04")], host.History.CategoryOf[e.Id]));
        Assert.Equal(expected, actual);
        Assert.All(response.Data.GetProperty("myRecommendations").EnumerateArray(), r => Assert.StartsWith("Best seller in your categories", r.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Recommendations_for_a_customer_answer_marketing_as_the_customer_sees_them()
    {
        var customer = host.History.Orders[0].CustomerId;

        var response = await host.PostAsync(
            "query($id: ID!) { recommendationsFor(customerId: $id, first: 4) { score product { id } } }",
            new { id = customer },
            role: "marketing");

        Assert.Equal(host.History.ForCustomer(customer, 4), Read(response.Ok().GetProperty("recommendationsFor")));
    }

    [Fact]
    public async Task A_segment_pages_through_the_customers_matching_all_three_lists()
    {
        // The two products bought together most often give a segment of a useful size.
        var anchor = host.History.Orders.SelectMany(o => o.Lines).GroupBy(l => l.ProductId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        List<string> boughtAll = [anchor];
        List<string> boughtNone = [anchor == host.Id("p01") ? host.Id("p00") : host.Id("p01")];
        List<string> viewedAny = [host.Id("p02"), host.Id("p03"), host.Id("p05"), host.Id("p07")];
        var expected = host.History.Segment(boughtAll, boughtNone, viewedAny, since: null);
        Assert.True(expected.Count >= 2, $"segment too small to page: {expected.Count}");

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var response = await host.PostAsync(
                "query($all: [ID!], $none: [ID!], $viewed: [ID!], $after: String) { customerSegment(boughtAll: $all, boughtNone: $none, viewedAny: $viewed, first: 1, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }",
                new { all = boughtAll, none = boughtNone, viewed = viewedAny, after },
                role: "marketing");
            var segment = response.Ok().GetProperty("customerSegment");
            Assert.Equal(expected.Count, segment.GetProperty("totalCount").GetInt32());
            seen.AddRange(segment.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            var pageInfo = segment.GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
            pages++;
        }
        while (after is not null && pages < 50);

        Assert.Equal(expected, seen);
        Assert.Equal(expected.Count, pages);
    }

    [Fact]
    public async Task A_segment_since_a_time_counts_only_purchases_and_views_from_then_on()
    {
        var since = host.History.Orders[20].PlacedAt;
        var anchor = host.History.Orders[25].Lines[0].ProductId;
        var everyone = host.History.Segment([anchor], [], [], since: null);
        var expected = host.History.Segment([anchor], [], [], since);
        Assert.NotEqual(everyone, expected);

        var response = await host.PostAsync(
            "query($all: [ID!], $since: DateTime) { customerSegment(boughtAll: $all, since: $since, first: 100) { totalCount nodes { id } } }",
            new { all = new[] { anchor }, since = since.ToString("O") },
            role: "marketing");

        var segment = response.Ok().GetProperty("customerSegment");
        Assert.Equal(expected, segment.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList());
        Assert.Equal(expected.Count, segment.GetProperty("totalCount").GetInt32());
    }
}
