using System.Text.Json;
using Commerce.Analytics.Tests.Infrastructure;

namespace Commerce.Analytics.Tests.Integration;

/// <summary>Analytics pointed at a port where no Cassandra listens: its fields fail alone, the catalog still answers.</summary>
public sealed class StoreUnavailableTests(StoreUnavailableTests.DownHost host) : IClassFixture<StoreUnavailableTests.DownHost>
{
    public sealed class DownHost : AnalyticsHost
    {
        protected override string AnalyticsConnectionString { get; } = $"Contact Points=127.0.0.1;Port={Servers.ClosedPort()}";
    }

    [Fact]
    public async Task AnalyticsFieldsAreNullWithStoreUnavailableAndTheRestArrives()
    {
        var response = await host.PostAsync(
            "query($id: ID!) { product(id: $id) { id name } analytics { funnel(from: \"2025-01-01\", to: \"2025-01-02\") { views } topProducts(day: \"2025-01-01\") { score } } }",
            new { id = host.ProductIds[0] });

        Assert.Equal(["STORE_UNAVAILABLE", "STORE_UNAVAILABLE"], response.Errors.Select(e => e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.Equal(host.ProductIds[0], response.Data.GetProperty("product").GetProperty("id").GetString());
        var analytics = response.Data.GetProperty("analytics");
        Assert.Equal(JsonValueKind.Null, analytics.GetProperty("funnel").ValueKind);
        Assert.Equal(JsonValueKind.Null, analytics.GetProperty("topProducts").ValueKind);
    }

    [Fact]
    public async Task ViewsAreStillAcceptedWhileTheStoreIsDown()
    {
        Assert.True(host.Ingestion.RecordProductView(host.ProductIds[0], null, "down"));
        await host.Flusher.FlushAsync();

        Assert.True(host.Ingestion.Statistics.Failed >= 1);
    }
}
