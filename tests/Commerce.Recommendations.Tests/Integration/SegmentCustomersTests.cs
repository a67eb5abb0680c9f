using System.Text.Json;
using Commerce.Recommendations.Tests.Infrastructure;

namespace Commerce.Recommendations.Tests.Integration;

/// <summary>
/// <c>customerSegment</c> answers with the customers' accounts from PostgreSQL: a page of 20 in ONE PostgreSQL round
/// trip (counted by the host's tracing), customers without an account left out without breaking the paging, and
/// only for marketing.
/// </summary>
public sealed class SegmentCustomersTests(HostWithAccounts host) : IClassFixture<HostWithAccounts>
{
    private const string Segment = """
        query($p: [ID!], $after: String) {
          customerSegment(boughtAll: $p, first: 20, after: $after) {
            totalCount
            edges { cursor node { id email name } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    [Fact]
    public async Task A_page_of_twenty_customers_comes_from_the_accounts_store_in_one_round_trip_and_ghosts_are_left_out()
    {
        var product = host.Id("segment-product");
        var accounts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < 25; i++)
        {
            accounts[await host.AddAccountAsync($"Customer {i:00}")] = $"Customer {i:00}";
        }

        var ghosts = new[] { host.Ghost(), host.Ghost(), host.Id("not-an-account-id") };
        var everyone = accounts.Keys.Concat(ghosts).ToList();
        foreach (var customer in everyone)
        {
            await host.Feed.ApplyOrderPlacedAsync(host.Id("order-" + customer), customer, [new(product, 1)], DateTimeOffset.UtcNow);
        }

        // The graph orders the segment by customer id; the first page holds the first 20 ids, whoever they are.
        var byId = everyone.Order(StringComparer.Ordinal).ToList();
        var firstPageIds = byId.Take(20).Where(accounts.ContainsKey).ToList();
        Assert.InRange(firstPageIds.Count, 17, 20);

        await host.PostAsync(Segment, new { p = new[] { product } }, role: "marketing");
        var first = await host.PostAsync(Segment, new { p = new[] { product } }, role: "marketing", trace: true);

        var page = first.Ok().GetProperty("customerSegment");
        Assert.Equal(everyone.Count, page.GetProperty("totalCount").GetInt32());
        var nodes = page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(firstPageIds, nodes.Select(n => n.GetProperty("id").GetString()));
        Assert.All(nodes, n =>
        {
            var id = n.GetProperty("id").GetString()!;
            Assert.Equal(HostWithAccounts.EmailOf(Guid.Parse(id)), n.GetProperty("email").GetString());
            Assert.Equal(accounts[id], n.GetProperty("name").GetString());
        });
        Assert.Equal(1, first.RoundTrips("postgres"));
        Assert.Equal(1, first.RoundTrips("neo4j"));

        var seen = nodes.Select(n => n.GetProperty("id").GetString()!).ToList();
        var pageInfo = page.GetProperty("pageInfo");
        Assert.True(pageInfo.GetProperty("hasNextPage").GetBoolean());
        var second = (await host.PostAsync(Segment, new { p = new[] { product }, after = pageInfo.GetProperty("endCursor").GetString() }, role: "marketing"))
            .Ok().GetProperty("customerSegment");
        seen.AddRange(second.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(accounts.Keys.Order(StringComparer.Ordinal), seen);
    }

    [Theory]
    [InlineData("customer")]
    [InlineData("admin")]
    [InlineData(null)]
    public async Task Only_marketing_may_ask_everyone_else_gets_FORBIDDEN_and_no_customers(string? role)
    {
        var customer = await host.AddAccountAsync("Somebody");
        var product = host.Id("forbidden-product");
        await host.Feed.ApplyOrderPlacedAsync(host.Id("order-forbidden"), customer, [new(product, 1)], DateTimeOffset.UtcNow);

        var response = await host.PostAsync(Segment, new { p = new[] { product } }, role: role, customerId: customer, trace: true);

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("customerSegment").ValueKind);
        Assert.Equal(0, response.RoundTrips("postgres"));
        Assert.Equal(0, response.RoundTrips("neo4j"));
    }
}
