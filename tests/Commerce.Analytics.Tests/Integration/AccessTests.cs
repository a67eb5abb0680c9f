using System.Text.Json;
using Commerce.Analytics.Tests.Infrastructure;

namespace Commerce.Analytics.Tests.Integration;

public sealed class AccessTests(AnalyticsHost host) : IClassFixture<AnalyticsHost>
{
    private const string Funnel = "{ analytics { funnel(from: \"2025-01-01\", to: \"2025-01-02\") { views } } }";

    [Theory]
    [InlineData("admin")]
    [InlineData("marketing")]
    public async Task AdminsAndMarketingSeeAnalytics(string role)
    {
        var data = (await host.PostAsync(Funnel, role: role)).Ok();

        Assert.Equal(0, data.GetProperty("analytics").GetProperty("funnel").GetProperty("views").GetInt64());
    }

    [Theory]
    [InlineData("customer", "FORBIDDEN")]
    [InlineData(null, "UNAUTHENTICATED")]
    public async Task OthersGetNullAndACode(string? role, string code)
    {
        var response = await host.PostAsync(Funnel, role: role);

        Assert.Equal(code, response.ErrorCode);
        Assert.Equal("analytics", response.ErrorPath);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("analytics").ValueKind);
    }

    [Fact]
    public async Task ACustomerGetsTheProductButNotItsStats()
    {
        var response = await host.PostAsync(
            "query($id: ID!) { product(id: $id) { id stats(from: \"2025-01-01\", to: \"2025-01-01\") { views } } }",
            new { id = host.ProductIds[0] },
            role: "customer");

        Assert.Equal("FORBIDDEN", response.ErrorCode);
        Assert.Equal("product.stats", response.ErrorPath);
        Assert.Equal(host.ProductIds[0], response.Data.GetProperty("product").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("product").GetProperty("stats").ValueKind);
    }
}
