using Commerce.Analytics.Tests.Infrastructure;

namespace Commerce.Analytics.Tests.Integration;

/// <summary>
/// Counters written by the test straight into the tables (not through ingestion), then read over GraphQL: the
/// answers must be what those rows say, across a month boundary (the totals table has a partition per month).
/// </summary>
public sealed class QueryTests(QueryTests.SeededAnalytics host) : IClassFixture<QueryTests.SeededAnalytics>
{
    private static readonly DateOnly D1 = new(2025, 3, 30);
    private static readonly DateOnly D2 = new(2025, 3, 31);
    private static readonly DateOnly D4 = new(2025, 4, 2);

    public sealed class SeededAnalytics : AnalyticsHost
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var (a, b, c) = (ProductIds[0], ProductIds[1], ProductIds[2]);
            await Probe.AddCountersAsync(a, D1, views: 10, adds: 4, purchases: 2, revenueCents: 5000);
            await Probe.AddCountersAsync(a, D2, views: 7, adds: 1, purchases: 0, revenueCents: 0);
            await Probe.AddCountersAsync(a, D4, views: 3, adds: 3, purchases: 3, revenueCents: 999);
            await Probe.AddCountersAsync(b, D1, views: 20, adds: 2, purchases: 1, revenueCents: 12345);
            await Probe.AddCountersAsync(c, D1, views: 15, adds: 0, purchases: 0, revenueCents: 0);
        }
    }

    [Fact]
    public async Task ProductStatsGivesEveryDayOfTheRangeWithZerosOnQuietDays()
    {
        var stats = (await host.PostAsync(
            "query($id: ID!) { analytics { productStats(productId: $id, from: \"2025-03-30\", to: \"2025-04-02\") { day views addsToCart purchases revenue conversionRate } } }",
            new { id = host.ProductIds[0] })).Ok().GetProperty("analytics").GetProperty("productStats").EnumerateArray().ToList();

        Assert.Equal(["2025-03-30", "2025-03-31", "2025-04-01", "2025-04-02"], stats.Select(s => s.GetProperty("day").GetString()));
        Assert.Equal([10L, 7, 0, 3], stats.Select(s => s.GetProperty("views").GetInt64()));
        Assert.Equal([4L, 1, 0, 3], stats.Select(s => s.GetProperty("addsToCart").GetInt64()));
        Assert.Equal([2L, 0, 0, 3], stats.Select(s => s.GetProperty("purchases").GetInt64()));
        Assert.Equal([50m, 0m, 0m, 9.99m], stats.Select(s => s.GetProperty("revenue").GetDecimal()));
        Assert.Equal(0.2, stats[0].GetProperty("conversionRate").GetDouble(), 12);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, stats[2].GetProperty("conversionRate").ValueKind);
    }

    [Fact]
    public async Task FunnelAndRevenueByDaySumEveryProductAcrossTheMonthBoundary()
    {
        var analytics = (await host.PostAsync("""
            { analytics {
                funnel(from: "2025-03-30", to: "2025-04-02") { views addsToCart purchases }
                revenueByDay(from: "2025-03-31", to: "2025-04-02") { day revenue } } }
            """)).Ok().GetProperty("analytics");

        var funnel = analytics.GetProperty("funnel");
        Assert.Equal((10 + 7 + 3 + 20 + 15, 4 + 1 + 3 + 2, 2 + 3 + 1), (funnel.GetProperty("views").GetInt64(), funnel.GetProperty("addsToCart").GetInt64(), funnel.GetProperty("purchases").GetInt64()));
        var revenue = analytics.GetProperty("revenueByDay").EnumerateArray().ToList();
        Assert.Equal(["2025-03-31", "2025-04-01", "2025-04-02"], revenue.Select(r => r.GetProperty("day").GetString()));
        Assert.Equal([0m, 0m, 9.99m], revenue.Select(r => r.GetProperty("revenue").GetDecimal()));
    }

    [Theory]
    [InlineData("VIEWS", 3, new[] { 1, 2, 0 }, new[] { "20", "15", "10" })]
    [InlineData("ADDS_TO_CART", 5, new[] { 0, 1 }, new[] { "4", "2" })]
    [InlineData("PURCHASES", 1, new[] { 0 }, new[] { "2" })]
    [InlineData("REVENUE", 5, new[] { 1, 0 }, new[] { "123.45", "50" })]
    public async Task TopProductsRanksTheDayByTheMetricAndLeavesOutZeros(string metric, int first, int[] expectedProducts, string[] expectedScores)
    {
        var top = (await host.PostAsync(
            $"{{ analytics {{ topProducts(day: \"2025-03-30\", metric: {metric}, first: {first}) {{ productId score product {{ id }} }} }} }}"))
            .Ok().GetProperty("analytics").GetProperty("topProducts").EnumerateArray().ToList();

        Assert.Equal(expectedProducts.Select(i => host.ProductIds[i]), top.Select(t => t.GetProperty("productId").GetString()));
        Assert.Equal(expectedScores.Select(decimal.Parse), top.Select(t => t.GetProperty("score").GetDecimal()));
        Assert.Equal(expectedProducts.Select(i => host.ProductIds[i]), top.Select(t => t.GetProperty("product").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task StatsOfAListOfProductsTakeOneCassandraRoundTrip()
    {
        const string document = """
            { products(first: 20) { nodes { id stats(from: "2024-06-01", to: "2024-06-02") { day views } } } }
            """;
        var listed = (await host.PostAsync("{ products(first: 20) { nodes { id } } }")).Ok().GetProperty("products").GetProperty("nodes")
            .EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        await host.Probe.AddCountersAsync(listed[0], new DateOnly(2024, 6, 1), 5, 0, 0, 0);
        await host.Probe.AddCountersAsync(listed[0], new DateOnly(2024, 6, 2), 6, 0, 0, 0);
        await host.Probe.AddCountersAsync(listed[^1], new DateOnly(2024, 6, 2), 9, 0, 0, 0);
        await host.PostAsync(document); // prepares the statement

        var response = await host.PostAsync(document, trace: true);

        var stats = response.Ok().GetProperty("products").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("stats").EnumerateArray().Select(s => s.GetProperty("views").GetInt64()).ToList());
        Assert.Equal(listed, stats.Keys);
        Assert.Equal([5L, 6], stats[listed[0]]);
        Assert.Equal([0L, 9], stats[listed[^1]]);
        Assert.All(listed[1..^1], id => Assert.Equal([0L, 0], stats[id]));
        Assert.Equal(1, response.CassandraRoundTrips);
    }

    [Theory]
    [InlineData("2025-04-02", "2025-03-30", DateRange.InvalidRange)]
    [InlineData("2025-01-01", "2025-04-03", DateRange.RangeTooLong)]
    public async Task BadDateRangesFailWithACode(string from, string to, string code)
    {
        var response = await host.PostAsync(
            "query($id: ID!, $from: Date!, $to: Date!) { analytics { productStats(productId: $id, from: $from, to: $to) { day } funnel(from: $from, to: $to) { views } } }",
            new { id = host.ProductIds[0], from, to });

        Assert.Equal([code, code], response.Errors.Select(e => e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("analytics").GetProperty("productStats").ValueKind);
    }

    [Fact]
    public async Task NinetyTwoDaysIsTheLongestRange()
    {
        var days = (await host.PostAsync("{ analytics { revenueByDay(from: \"2025-01-01\", to: \"2025-04-02\") { day } } }"))
            .Ok().GetProperty("analytics").GetProperty("revenueByDay");

        Assert.Equal(92, days.GetArrayLength());
        Assert.Equal("2025-04-02", days[91].GetProperty("day").GetString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task TopProductsRefusesAFirstOutsideOneToAHundred(int first)
    {
        var response = await host.PostAsync($"{{ analytics {{ topProducts(day: \"2025-03-30\", first: {first}) {{ score }} }} }}");

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
    }
}
