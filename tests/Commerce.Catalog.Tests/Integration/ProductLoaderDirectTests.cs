using System.Diagnostics;
using Commerce.Catalog.Tests.Infrastructure;
using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Catalog.Tests.Integration;

/// <summary>The loader as another module's service code uses it, outside a GraphQL request.</summary>
public sealed class ProductLoaderDirectTests(CatalogHost catalog) : IClassFixture<CatalogHost>
{
    [Fact]
    public async Task Keys_asked_for_together_are_one_find_in_key_order_with_nulls_for_missing_ids()
    {
        var stored = await catalog.Products.FindAsync(Filter.Empty, new FindOptions { Sort = new BsonDocument("_id", -1), Limit = 120 }).ToListAsync();
        var ids = stored.Select(d => d["_id"].AsString).Reverse().ToList();
        ids.Insert(7, "missing-1");
        ids.Add("missing-2");
        var operations = new List<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Commerce.Drivers.Mongo",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                // Other test classes run in parallel against their own databases.
                if (activity.GetTagItem("db.name") as string == catalog.DatabaseName)
                {
                    lock (operations)
                    {
                        operations.Add(activity.GetTagItem("db.operation") as string ?? "?");
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var loader = new ProductByIdDataLoader(catalog.Services.GetRequiredService<ProductReader>());

        var products = await loader.LoadAsync(ids);

        Assert.Equal(ids.Count, products.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            Assert.Equal(ids[i].StartsWith("missing", StringComparison.Ordinal) ? null : ids[i], products[i]?.Id);
        }

        var byId = stored.ToDictionary(d => d["_id"].AsString);
        Assert.All(products.OfType<Product>(), p => Assert.Equal(byId[p.Id]["sku"].AsString, p.Sku));
        lock (operations)
        {
            Assert.Equal(["find"], operations);
        }
    }
}
