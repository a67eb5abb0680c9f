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
        var distinct = keys.Distinct(StringComparer.Ordinal).Select(k => (BsonValue)k).ToList();
        var filter = Filter.In("_id", distinct);

        // The limit lets the server close the cursor with the first reply: no getMore round trip, even when every id exists.
        var options = new FindOptions { Limit = distinct.Count, BatchSize = distinct.Count };
        var found = await StoreGuard.RunAsync(
            () => database.Products.FindAsync(filter, options, cancellationToken).ToListAsync(cancellationToken));
        var byId = new Dictionary<string, Product?>(found.Count, StringComparer.Ordinal);
        foreach (var product in found)
        {
            byId[product.Id] = product;
        }

        return byId;
    }
}
