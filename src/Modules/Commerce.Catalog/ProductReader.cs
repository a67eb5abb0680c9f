using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Catalog;

/// <summary>
/// Products by id straight from MongoDB, never from the product cache: what the batched loader reads for its misses,
/// and what a module uses when it must see the latest write (checkout prices an order from it).
/// </summary>
public sealed class ProductReader(CatalogDatabase database)
{
    /// <summary>The products among <paramref name="ids"/> that exist, in ONE <c>find</c> with <c>$in</c>.</summary>
    public Task<List<Product>> FindAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var filter = Filter.In("_id", ids.Select(id => (BsonValue)id).ToList());

        // The limit lets the server close the cursor with the first reply: no getMore round trip, even when every id exists.
        var options = new FindOptions { Limit = ids.Count, BatchSize = ids.Count };
        return StoreGuard.RunAsync(
            () => database.Products.FindAsync(filter, options, cancellationToken).ToListAsync(cancellationToken));
    }
}
