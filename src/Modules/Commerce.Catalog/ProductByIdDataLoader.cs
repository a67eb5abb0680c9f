using Commerce.GraphQL.DataLoader;

namespace Commerce.Catalog;

/// <summary>
/// Products by id for any module: every id asked for in one execution step is read with ONE <c>MGET</c> from the
/// product cache when it is configured, and the misses from MongoDB in ONE <c>find</c> with <c>$in</c> (then written
/// back to the cache); values come back in key order, a missing id as null.
/// </summary>
public sealed class ProductByIdDataLoader(ProductReader reader, ProductCache? cache = null, DataLoaderOptions? options = null)
    : BatchDataLoader<string, Product?>(options)
{
    protected override async Task<IReadOnlyDictionary<string, Product?>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        var byId = new Dictionary<string, Product?>(distinct.Count, StringComparer.Ordinal);
        if (cache is not null)
        {
            foreach (var (id, product) in await cache.GetManyAsync(distinct, cancellationToken))
            {
                byId[id] = product;
            }
        }

        var misses = byId.Count == 0 ? distinct : distinct.Where(id => !byId.ContainsKey(id)).ToList();
        if (misses.Count == 0)
        {
            return byId;
        }

        var found = await reader.FindAsync(misses, cancellationToken);
        foreach (var product in found)
        {
            byId[product.Id] = product;
        }

        if (cache is not null && found.Count > 0)
        {
            await cache.PutManyAsync(found, cancellationToken);
        }

        return byId;
    }
}
