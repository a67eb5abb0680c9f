using Commerce.Catalog.Tests.Infrastructure;

namespace Commerce.Catalog.Tests.Integration;

/// <summary>With MongoDB unreachable the host still starts and the catalog's fields fail with a code, never a 500.</summary>
public sealed class StoreUnavailableTests(StoreUnavailableTests.UnreachableCatalog catalog) : IClassFixture<StoreUnavailableTests.UnreachableCatalog>
{
    public sealed class UnreachableCatalog : CatalogHost
    {
        protected override bool Seed => false;

        // Port 1 on loopback: nothing listens, connections are refused at once.
        protected override string CatalogConnectionString => "mongodb://127.0.0.1:1/?directConnection=true&serverSelectionTimeoutMS=500&connectTimeoutMS=500";
    }

    [Theory]
    [InlineData("{ products(first: 5) { totalCount } }")]
    [InlineData("{ product(id: \"prod-00001\") { id } }")]
    [InlineData("{ productFacets { totalCount } }")]
    [InlineData("{ categories { id } }")]
    public async Task Catalog_fields_report_the_store_as_unavailable(string query)
    {
        var response = await catalog.PostAsync(query);

        Assert.Equal("STORE_UNAVAILABLE", response.ErrorCode);
    }
}
