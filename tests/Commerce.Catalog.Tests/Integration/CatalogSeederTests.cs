using System.Security.Cryptography;
using System.Text;
using Commerce.Catalog.Tests.Infrastructure;
using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Catalog.Tests.Integration;

/// <summary>Seeding is idempotent and deterministic: the same documents every time, in any database.</summary>
public sealed class CatalogSeederTests(CatalogSeederTests.EmptyCatalog catalog) : IClassFixture<CatalogSeederTests.EmptyCatalog>
{
    public sealed class EmptyCatalog : CatalogHost
    {
        /// <summary>The product indexes as they were right after the host started, before any test seeded.</summary>
        public List<BsonDocument> IndexesAtStart { get; private set; } = [];

        protected override bool Seed => false;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            IndexesAtStart = await Products.Indexes.ListAsync().ToListAsync();
        }
    }

    private static async Task<(long Count, string Hash)> FingerprintAsync(IMongoCollection<BsonDocument> collection)
    {
        var documents = await collection.FindAsync(Filter.Empty, new FindOptions { Sort = new BsonDocument("_id", 1), BatchSize = 1000 }).ToListAsync();
        var text = string.Join("\n", documents.Select(d => d.ToString()));
        return (documents.Count, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    }

    [Fact]
    public async Task Seeding_twice_leaves_exactly_the_same_documents()
    {
        var seeder = catalog.Services.GetRequiredService<CatalogSeeder>();

        var first = await seeder.SeedAsync();
        var productsAfterFirst = await FingerprintAsync(catalog.Products);
        var categoriesAfterFirst = await FingerprintAsync(catalog.Categories);
        var second = await seeder.SeedAsync();
        var productsAfterSecond = await FingerprintAsync(catalog.Products);
        var categoriesAfterSecond = await FingerprintAsync(catalog.Categories);

        Assert.Equal(2000, productsAfterFirst.Count);
        Assert.Equal(2000, first.ProductsInserted);
        Assert.Equal(0, second.ProductsInserted);
        Assert.Equal(0, second.CategoriesInserted);
        Assert.Equal(productsAfterFirst, productsAfterSecond);
        Assert.Equal(categoriesAfterFirst, categoriesAfterSecond);
        Assert.Equal(first.Categories, categoriesAfterFirst.Count);
    }

    [Fact]
    public async Task Another_database_gets_the_same_documents()
    {
        await catalog.Services.GetRequiredService<CatalogSeeder>().SeedAsync();
        var otherName = catalog.DatabaseName + "_b";
        await using var other = new CatalogDatabase(new CatalogOptions { ConnectionString = MongoServer.ConnectionString, DatabaseName = otherName });
        await new CatalogSeeder(other, new CatalogIndexes(other)).SeedAsync();

        var otherProducts = catalog.Client.GetDatabase(otherName).GetCollection<BsonDocument>("products");
        var otherCategories = catalog.Client.GetDatabase(otherName).GetCollection<BsonDocument>("categories");
        Assert.Equal(await FingerprintAsync(catalog.Products), await FingerprintAsync(otherProducts));
        Assert.Equal(await FingerprintAsync(catalog.Categories), await FingerprintAsync(otherCategories));
    }

    [Fact]
    public async Task The_category_tree_has_depth_three_and_at_least_thirty_categories()
    {
        await catalog.Services.GetRequiredService<CatalogSeeder>().SeedAsync();
        var categories = await catalog.Categories.FindAsync(Filter.Empty, new FindOptions { BatchSize = 1000 }).ToListAsync();
        var byId = categories.ToDictionary(c => c["_id"].AsString);

        Assert.True(categories.Count >= 30);
        Assert.Equal([0, 1, 2], categories.Select(c => c["depth"].AsInt32).Distinct().Order());
        foreach (var category in categories)
        {
            // Each path is the parent's path plus the category's own slug.
            var parentPath = category["parent"] is BsonString parent ? byId[parent.Value]["path"].AsString : "";
            Assert.Equal(parentPath + "/" + category["slug"].AsString, category["path"].AsString);
        }
    }

    [Fact]
    public void Indexes_exist_after_start_up()
    {
        var byName = catalog.IndexesAtStart.ToDictionary(i => i["name"].AsString);

        Assert.True(byName["slug_1"]["unique"].AsBoolean);
        Assert.True(byName["sku_1"]["unique"].AsBoolean);
        Assert.True(byName["variants.sku_1"]["unique"].AsBoolean);
        Assert.True(byName["variants.sku_1"].AsBsonDocument.Contains("partialFilterExpression"));
        Assert.True(byName.ContainsKey("category.path_1"));
        Assert.True(byName.ContainsKey("status_1_pricing.price_1"));
        Assert.Equal(
            ["attributes.value", "description", "name"],
            byName[CatalogIndexes.TextIndexName]["weights"].AsBsonDocument.Names.Order(StringComparer.Ordinal));
    }
}
