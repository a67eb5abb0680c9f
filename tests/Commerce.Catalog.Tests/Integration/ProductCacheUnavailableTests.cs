using Commerce.Catalog.Tests.Infrastructure;
using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Catalog.Tests.Integration;

/// <summary>The product cache pointed at a loopback port nothing listens on: reads and writes still work from MongoDB.</summary>
public sealed class ProductCacheUnavailableTests(ProductCacheUnavailableTests.Host host) : IClassFixture<ProductCacheUnavailableTests.Host>
{
    public sealed class Host : CatalogHost
    {
        private readonly int _port = RedisServer.ClosedPort();

        protected override CatalogCacheOptions? Cache => new() { RedisConfiguration = $"127.0.0.1:{_port},connectTimeout=1000" };

        public ProductCacheCounters Counters => Services.GetRequiredService<ProductCache>().Counters;
    }

    [Fact]
    public async Task Reads_and_updates_succeed_from_mongodb_and_the_fallbacks_are_counted()
    {
        var expected = await host.Products.FindAsync(Filter.Empty, new FindOptions { Sort = new BsonDocument("_id", 1), Limit = 5 }).ToListAsync();
        var ids = expected.Select(d => d["_id"].AsString).ToList();

        var first = await host.PostAsync("query($ids: [String!]!) { productRefs(ids: $ids) { product { id sku } } }", new { ids }, trace: true);
        var update = await host.AdminAsync(
            "mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { name } }",
            new { id = ids[0], input = new { name = "Renamed while Redis is down" } });
        var second = await host.PostAsync("query($id: ID!) { product(id: $id) { name } }", new { id = ids[0] }, role: "admin");

        var refs = first.Ok().GetProperty("productRefs");
        for (var i = 0; i < ids.Count; i++)
        {
            Assert.Equal(expected[i]["sku"].AsString, refs[i].GetProperty("product").GetProperty("sku").GetString());
        }

        Assert.Equal(1, first.MongoRoundTrips);
        Assert.Equal("Renamed while Redis is down", update.Ok().GetProperty("updateProduct").GetProperty("name").GetString());
        Assert.Equal("Renamed while Redis is down", second.Ok().GetProperty("product").GetProperty("name").GetString());
        Assert.True(host.Counters.Fallbacks >= 2, $"fallbacks: {host.Counters.Fallbacks}");
        Assert.Equal(1, host.Counters.FailedInvalidations);
        Assert.Equal(0, host.Counters.Hits);
    }
}
