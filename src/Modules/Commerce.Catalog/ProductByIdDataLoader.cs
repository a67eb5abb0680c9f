using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;
using Commerce.GraphQL.DataLoader;

namespace Commerce.Catalog;

/// <summary>
/// Products by id for any module: every id asked for in one execution step goes to MongoDB in ONE
/// <c>find</c> with <c>$in</c>; values come back in key order, a missing id as null.
/// </summary>
public sealed class ProductByIdDataLoader(CatalogDatabase database, DataLoaderOptions? options = null)
    : BatchDataLoader<string, Product?>(options)
{
    protected override async Task<IReadOnlyDictionary<string, Product?>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var filter = Filter.In("_id", keys.Distinct(StringComparer.Ordinal).Select(k => (BsonValue)k));
        var found = await StoreGuard.RunAsync(
            () => database.Products.FindAsync(filter, new FindOptions { BatchSize = Math.Max(keys.Count, 1) }, cancellationToken).ToListAsync(cancellationToken));
        var byId = new Dictionary<string, Product?>(found.Count, StringComparer.Ordinal);
        foreach (var product in found)
        {
            byId[product.Id] = product;
        }

        return byId;
    }
}
