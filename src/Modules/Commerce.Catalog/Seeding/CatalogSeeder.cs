using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Catalog;

/// <summary>
/// Loads the demo catalog. Idempotent: each document is upserted by its (deterministic) id with
/// <c>$setOnInsert</c>, so documents already present, even ones an admin has changed since, are left alone.
/// </summary>
public sealed class CatalogSeeder(CatalogDatabase database, CatalogIndexes indexes)
{
    private const int BatchSize = 500;

    public async Task<CatalogSeedResult> SeedAsync(int productCount = DemoProducts.DefaultCount, CancellationToken cancellationToken = default)
    {
        await indexes.EnsureIndexesAsync(cancellationToken);
        var categories = DemoTaxonomy.Categories();
        var products = DemoProducts.Generate(categories, productCount);
        var insertedCategories = await UpsertMissingAsync(database.Categories, categories, c => c.Id, cancellationToken);
        var insertedProducts = await UpsertMissingAsync(database.Products, products, p => p.Id, cancellationToken);
        return new CatalogSeedResult(categories.Count, insertedCategories, products.Count, insertedProducts);
    }

    private async Task<long> UpsertMissingAsync<T>(IMongoCollection<T> collection, IReadOnlyList<T> documents, Func<T, string> idOf, CancellationToken cancellationToken)
    {
        long inserted = 0;
        foreach (var batch in documents.Chunk(BatchSize))
        {
            var writes = batch.Select(document =>
            {
                var fields = database.Mapper.ToDocument(document);
                fields.Remove("_id");
                return (WriteModel<T>)new UpdateOneModel<T>(Filter.Eq("_id", idOf(document)), new BsonDocument("$setOnInsert", fields)) { IsUpsert = true };
            });
            var result = await collection.BulkWriteAsync(writes, new BulkWriteOptions { IsOrdered = false }, cancellationToken);
            inserted += result.UpsertedCount;
        }

        return inserted;
    }
}
