using Commerce.Catalog.Tests.Infrastructure;
using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Catalog.Tests.Integration;

/// <summary>Products referenced from many places in one level of a query reach MongoDB in ONE round trip.</summary>
public sealed class ProductLoaderBatchingTests(CatalogHost host) : IClassFixture<CatalogHost>
{
    private async Task<List<BsonDocument>> SomeProductsAsync(int count) =>
        await host.Products.FindAsync(Filter.Empty, new FindOptions { Sort = new BsonDocument("sku", -1), Limit = count }).ToListAsync();

    [Fact]
    public async Task Fifty_product_references_in_one_level_cost_one_mongo_round_trip()
    {
        var expected = await SomeProductsAsync(50);
        var ids = expected.Select(d => d["_id"].AsString).ToList();

        var response = await host.PostAsync(
            "query($ids: [String!]!) { productRefs(ids: $ids) { productId product { id name sku } } }",
            new { ids },
            trace: true);

        var refs = response.Ok().GetProperty("productRefs");
        Assert.Equal(50, refs.GetArrayLength());
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(ids[i], refs[i].GetProperty("product").GetProperty("id").GetString());
            Assert.Equal(expected[i]["name"].AsString, refs[i].GetProperty("product").GetProperty("name").GetString());
            Assert.Equal(expected[i]["sku"].AsString, refs[i].GetProperty("product").GetProperty("sku").GetString());
        }

        Assert.Equal(1, response.MongoRoundTrips);
    }

    [Fact]
    public async Task Fifty_aliased_product_fields_cost_one_mongo_round_trip()
    {
        var expected = (await SomeProductsAsync(50)).Where(d => d["status"].AsString != "draft").ToList();
        var fields = string.Join(" ", expected.Select((d, i) => $"p{i}: product(id: \"{d["_id"].AsString}\") {{ id slug }}"));

        var response = await host.PostAsync("{ " + fields + " }", trace: true);

        var data = response.Ok();
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i]["slug"].AsString, data.GetProperty($"p{i}").GetProperty("slug").GetString());
        }

        Assert.Equal(1, response.MongoRoundTrips);
    }

    [Fact]
    public async Task Missing_ids_load_as_null_in_their_place_and_repeated_ids_once()
    {
        var known = (await SomeProductsAsync(2)).Select(d => d["_id"].AsString).ToList();
        List<string> ids = [known[0], "no-such-product", known[1], known[0], "507f1f77bcf86cd799439011"];

        var response = await host.PostAsync(
            "query($ids: [String!]!) { productRefs(ids: $ids) { product { id } } }",
            new { ids },
            trace: true);

        var refs = response.Ok().GetProperty("productRefs");
        Assert.Equal(known[0], refs[0].GetProperty("product").GetProperty("id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, refs[1].GetProperty("product").ValueKind);
        Assert.Equal(known[1], refs[2].GetProperty("product").GetProperty("id").GetString());
        Assert.Equal(known[0], refs[3].GetProperty("product").GetProperty("id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, refs[4].GetProperty("product").ValueKind);
        Assert.Equal(1, response.MongoRoundTrips);
    }
}
