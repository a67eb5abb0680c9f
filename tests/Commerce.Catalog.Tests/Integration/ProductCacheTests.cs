using System.Text.Json;
using Commerce.Catalog.Tests.Infrastructure;
using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Catalog.Tests.Integration;

/// <summary>
/// The read-through product cache on the real Redis and MongoDB: round trips counted by the request's tracing
/// (the drivers' own Activities), expected products read by the test's own MongoDB client.
/// </summary>
public sealed class ProductCacheTests(CachedCatalogHost host) : IClassFixture<CachedCatalogHost>
{
    private const string Refs = "query($ids: [String!]!) { productRefs(ids: $ids) { product { id name sku } } }";
    private const string Update = "mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id name } }";
    private const string Archive = "mutation($id: ID!) { archiveProduct(id: $id) { id status } }";
    private const string ProductStatusById = "query($ids: [String!]!) { productRefs(ids: $ids) { product { id status } } }";

    // Each test takes products of its own, so the tests of this class never warm each other's.
    private async Task<List<BsonDocument>> ProductsAsync(int skip, int count) =>
        await host.Products.FindAsync(Filter.Empty, new FindOptions { Sort = new BsonDocument("_id", 1), Skip = skip, Limit = count }).ToListAsync();

    private Task<GraphQLResponse> ReadAsync(IEnumerable<string> ids) => host.PostAsync(Refs, new { ids = ids.ToList() }, trace: true);

    private static void AssertProducts(IReadOnlyList<BsonDocument> expected, GraphQLResponse response)
    {
        var refs = response.Ok().GetProperty("productRefs");
        Assert.Equal(expected.Count, refs.GetArrayLength());
        for (var i = 0; i < expected.Count; i++)
        {
            var product = refs[i].GetProperty("product");
            Assert.Equal(expected[i]["_id"].AsString, product.GetProperty("id").GetString());
            Assert.Equal(expected[i]["name"].AsString, product.GetProperty("name").GetString());
            Assert.Equal(expected[i]["sku"].AsString, product.GetProperty("sku").GetString());
        }
    }

    [Fact]
    public async Task A_cold_batch_costs_one_mget_one_find_and_one_write_back_and_the_same_batch_warm_costs_one_mget_only()
    {
        // The write-back is a script: the first one since the server started loads it (one extra round trip).
        var warmUp = await ProductsAsync(0, 1);
        (await ReadAsync([warmUp[0]["_id"].AsString])).Ok();
        var expected = await ProductsAsync(10, 30);
        var ids = expected.Select(d => d["_id"].AsString).ToList();

        var cold = await ReadAsync(ids);
        var warm = await ReadAsync(ids);

        AssertProducts(expected, cold);
        Assert.Equal(1, cold.MongoRoundTrips);
        Assert.Equal(2, cold.RedisRoundTrips);
        AssertProducts(expected, warm);
        Assert.Equal(0, warm.MongoRoundTrips);
        Assert.Equal(1, warm.RedisRoundTrips);

        // Each product is stored under its key with the configured TTL (60 s by default), as seen by another client.
        foreach (var id in ids)
        {
            var ttl = await host.Redis.GetDatabase().KeyTimeToLiveAsync(host.KeyOf(id));
            Assert.NotNull(ttl);
            Assert.InRange(ttl.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        }
    }

    [Fact]
    public async Task A_partly_warm_batch_asks_mongodb_for_the_misses_only()
    {
        var expected = await ProductsAsync(50, 10);
        var ids = expected.Select(d => d["_id"].AsString).ToList();
        (await ReadAsync(ids.Take(6))).Ok();
        var hitsBefore = host.ProductCache.Counters.Hits;
        var missesBefore = host.ProductCache.Counters.Misses;

        var mixed = await ReadAsync(ids);

        AssertProducts(expected, mixed);
        Assert.Equal(1, mixed.MongoRoundTrips);
        Assert.Equal(6, host.ProductCache.Counters.Hits - hitsBefore);
        Assert.Equal(4, host.ProductCache.Counters.Misses - missesBefore);
    }

    [Fact]
    public async Task After_updateProduct_the_next_read_returns_the_new_data()
    {
        var product = (await ProductsAsync(100, 1))[0];
        var id = product["_id"].AsString;
        (await ReadAsync([id])).Ok();
        var warm = await ReadAsync([id]);
        Assert.Equal(0, warm.MongoRoundTrips); // cached: only an invalidation can make the next read see the change

        var renamed = "Renamed " + Guid.NewGuid().ToString("N")[..6];
        (await host.AdminAsync(Update, new { id, input = new { name = renamed } })).Ok();
        var afterUpdate = await ReadAsync([id]);
        (await host.AdminAsync(Archive, new { id })).Ok();
        var afterArchive = await host.PostAsync(ProductStatusById, new { ids = new[] { id } }, trace: true);

        Assert.Equal(renamed, afterUpdate.Ok().GetProperty("productRefs")[0].GetProperty("product").GetProperty("name").GetString());
        Assert.Equal(1, afterUpdate.MongoRoundTrips);
        Assert.Equal("ARCHIVED", afterArchive.Ok().GetProperty("productRefs")[0].GetProperty("product").GetProperty("status").GetString());
        Assert.Equal(1, afterArchive.MongoRoundTrips);
        Assert.Equal(renamed, (await host.Products.FindAsync(Filter.Eq("_id", id)).FirstOrDefaultAsync())!["name"].AsString);
    }

    [Fact]
    public async Task Unknown_ids_are_not_cached_so_a_product_created_later_is_found()
    {
        var id = ObjectId.GenerateNewId().ToString();
        var first = await ReadAsync([id]);
        Assert.Equal(JsonValueKind.Null, first.Ok().GetProperty("productRefs")[0].GetProperty("product").ValueKind);
        Assert.False(await host.Redis.GetDatabase().KeyExistsAsync(host.KeyOf(id)));

        var template = (await ProductsAsync(150, 1))[0];
        template.Set("_id", id).Set("sku", "CACHE-" + id).Set("slug", "cache-" + id).Remove("variants");
        await host.Products.InsertOneAsync(template);
        var second = await ReadAsync([id]);

        Assert.Equal(id, second.Ok().GetProperty("productRefs")[0].GetProperty("product").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_stored_value_that_cannot_be_read_is_a_miss_and_is_replaced()
    {
        var expected = await ProductsAsync(200, 2);
        var ids = expected.Select(d => d["_id"].AsString).ToList();
        await host.Redis.GetDatabase().StringSetAsync(host.KeyOf(ids[0]), "not a BSON document", TimeSpan.FromMinutes(1));
        await host.Redis.GetDatabase().StringSetAsync(host.KeyOf(ids[1]), new byte[] { 5, 0, 0, 0, 0 }, TimeSpan.FromMinutes(1)); // an empty document: no id

        var first = await ReadAsync(ids);
        var second = await ReadAsync(ids);

        AssertProducts(expected, first);
        Assert.Equal(1, first.MongoRoundTrips);
        AssertProducts(expected, second);
        Assert.Equal(0, second.MongoRoundTrips);
    }

    [Fact]
    public async Task A_read_that_fetched_the_old_document_before_a_change_cannot_put_it_back()
    {
        var document = (await ProductsAsync(250, 1))[0];
        var old = host.Services.GetRequiredService<CatalogDatabase>().Mapper.FromDocument<Product>(document);

        // The order of a racing read: MongoDB answered it (old), then the product changed and was invalidated,
        // then the read's write-back arrives.
        await host.ProductCache.InvalidateAsync(old.Id);
        await host.ProductCache.PutManyAsync([old], CancellationToken.None);
        var cached = await host.ProductCache.GetManyAsync([old.Id], CancellationToken.None);

        Assert.Empty(cached);
        var ttl = await host.Redis.GetDatabase().KeyTimeToLiveAsync(host.KeyOf(old.Id));
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(5)); // held briefly, then cacheable again
    }

    [Fact]
    public async Task The_cached_value_is_the_stored_bson_document_as_the_official_clients_read_it()
    {
        var id = (await ProductsAsync(300, 1))[0]["_id"].AsString;
        (await ReadAsync([id])).Ok();

        // The key as the server holds it: the connection's keyPrefix, a separator, then the cache's key.
        var key = host.ConnectionKeyPrefix + ":" + (string)host.KeyOf(id)!;
        var output = await NodeRunner.RunAsync(
            "cache-value.js", [RedisServer.Configuration.Split(',')[0], key, MongoServer.ConnectionString, host.DatabaseName, id], "");

        using var result = JsonDocument.Parse(output);
        Assert.Equal(result.RootElement.GetProperty("stored").GetString(), result.RootElement.GetProperty("cached").GetString());
        Assert.Contains(id, result.RootElement.GetProperty("cached").GetString());
    }

    [Fact]
    public async Task An_id_that_cannot_be_a_key_is_read_from_mongodb_every_time()
    {
        var id = "odd:" + Guid.NewGuid().ToString("N"); // the key separator: such an id is never cached
        var template = (await ProductsAsync(350, 1))[0];
        template.Set("_id", id).Set("sku", "ODD-" + id[4..]).Set("slug", "odd-" + id[4..]).Remove("variants");
        await host.Products.InsertOneAsync(template);

        var first = await ReadAsync([id]);
        var second = await ReadAsync([id]);

        Assert.Equal(id, first.Ok().GetProperty("productRefs")[0].GetProperty("product").GetProperty("id").GetString());
        Assert.Equal(id, second.Ok().GetProperty("productRefs")[0].GetProperty("product").GetProperty("id").GetString());
        Assert.Equal(1, second.MongoRoundTrips);
        Assert.Equal(0, second.RedisRoundTrips);
    }
}
