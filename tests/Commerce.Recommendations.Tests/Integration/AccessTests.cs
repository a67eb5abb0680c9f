using Commerce.Recommendations.Tests.Infrastructure;

namespace Commerce.Recommendations.Tests.Integration;

/// <summary>Customers' recommendations and segments are for marketing (role or API key) only.</summary>
public sealed class AccessTests(RecommendationsHost host) : IClassFixture<RecommendationsHost>
{
    private const string ForCustomer = "query($id: ID!) { recommendationsFor(customerId: $id, first: 3) { score } }";
    private const string Segment = "query($p: [ID!]) { customerSegment(boughtAll: $p, first: 5) { totalCount } }";

    [Theory]
    [InlineData("customer")]
    [InlineData("admin")]
    [InlineData(null)]
    public async Task Marketing_fields_refuse_everyone_else_with_FORBIDDEN(string? role)
    {
        var forCustomer = await host.PostAsync(ForCustomer, new { id = host.Id("someone") }, role: role, customerId: host.Id("me"));
        var segment = await host.PostAsync(Segment, new { p = new[] { host.Id("p") } }, role: role, customerId: host.Id("me"));

        Assert.Equal(["FORBIDDEN"], forCustomer.ErrorCodes);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, forCustomer.Data.GetProperty("recommendationsFor").ValueKind);
        Assert.Equal(["FORBIDDEN"], segment.ErrorCodes);
    }

    [Fact]
    public async Task Marketing_may_use_them()
    {
        await host.Feed.ApplyOrderPlacedAsync(host.Id("o1"), host.Id("buyer"), [new(host.Id("p"), 1)], DateTimeOffset.UtcNow);

        var forCustomer = await host.PostAsync(ForCustomer, new { id = host.Id("buyer") }, role: "marketing");
        var segment = await host.PostAsync(Segment, new { p = new[] { host.Id("p") } }, role: "marketing");

        forCustomer.Ok();
        Assert.Equal(1, segment.Ok().GetProperty("customerSegment").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task My_recommendations_need_a_signed_in_customer()
    {
        var response = await host.PostAsync("{ myRecommendations { score } }");

        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_segment_without_a_product_to_start_from_is_refused()
    {
        var response = await host.PostAsync("{ customerSegment(boughtNone: [\"x\"]) { totalCount } }", role: "marketing");

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
    }
}
