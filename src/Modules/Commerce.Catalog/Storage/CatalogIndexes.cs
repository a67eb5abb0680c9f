using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Catalog;

/// <summary>The indexes the catalog's queries and uniqueness rules rely on; creating them again is a no-op.</summary>
public sealed class CatalogIndexes(CatalogDatabase database)
{
    public const string TextIndexName = "product_text";

    public async Task EnsureIndexesAsync(CancellationToken cancellationToken = default)
    {
        await database.Products.Indexes.CreateManyAsync(
        [
            new(new BsonDocument("slug", 1), new CreateIndexOptions { Unique = true }),
            new(new BsonDocument("sku", 1), new CreateIndexOptions { Unique = true }),
            // Multikey: unique across products. A product without variants has no key, hence the partial filter.
            new(new BsonDocument("variants.sku", 1), new CreateIndexOptions
            {
                Unique = true,
                PartialFilterExpression = Filter.Exists("variants.sku"),
            }),
            new(
                new BsonDocument { { "name", "text" }, { "description", "text" }, { "attributes.value", "text" } },
                new CreateIndexOptions
                {
                    Name = TextIndexName,
                    Weights = new BsonDocument { { "name", 10 }, { "attributes.value", 3 }, { "description", 1 } },
                    DefaultLanguage = "english",
                }),
            new(new BsonDocument("category.path", 1)),
            new(new BsonDocument { { "status", 1 }, { "pricing.price", 1 } }),
        ], cancellationToken);

        await database.Categories.Indexes.CreateManyAsync(
        [
            new(new BsonDocument("path", 1), new CreateIndexOptions { Unique = true }),
            new(new BsonDocument("parent", 1)),
        ], cancellationToken);
    }
}
