using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;
using Commerce.GraphQL;

namespace Commerce.Catalog;

/// <summary>
/// Creates, changes and archives products. Each write is one single-document operation, so a product is written
/// whole or not at all; input is checked before anything is sent, and a duplicate SKU or slug becomes a coded error.
/// A change invalidates the product's cache entry once MongoDB has answered (see <see cref="ProductCache"/>).
/// </summary>
public sealed class ProductWriter(CatalogDatabase database, TimeProvider clock, ProductCache? cache = null)
{
    public async Task<Product> CreateAsync(CreateProductInput input, CancellationToken cancellationToken = default)
    {
        var problems = ProductInputValidator.Validate(input);
        var category = string.IsNullOrWhiteSpace(input.CategoryId) ? null : await FindCategoryAsync(input.CategoryId, cancellationToken);
        if (category is null && !string.IsNullOrWhiteSpace(input.CategoryId))
        {
            problems.Add(new("categoryId", $"no category has the id {input.CategoryId}"));
        }

        if (problems.Count > 0)
        {
            throw ValidationFailed.Exception(problems);
        }

        await EnsureSkusFreeAsync([input.Sku, .. (input.Variants ?? []).Select(v => v.Sku)], null, cancellationToken);
        var now = Now();
        var product = new Product
        {
            Id = ObjectId.GenerateNewId(clock.GetUtcNow()).ToString(),
            Name = input.Name.Trim(),
            Slug = input.Slug,
            Sku = input.Sku,
            Description = input.Description,
            Pricing = new Pricing { Price = input.Price, CompareAtPrice = input.CompareAtPrice, Currency = input.Currency },
            Category = ProductInputMapping.Category(category!),
            Vendor = input.Vendor,
            Variants = ProductInputMapping.Variants(input.Variants ?? []),
            Attributes = ProductInputMapping.Attributes(input.Attributes ?? []),
            Images = ProductInputMapping.Images(input.Images ?? []),
            Seo = ProductInputMapping.Seo(input.Seo),
            StatusName = ProductStatuses.ToStored(input.Status ?? ProductStatus.Draft),
            CreatedAt = now,
            UpdatedAt = now,
        };

        try
        {
            await StoreGuard.RunAsync(async () =>
            {
                await database.Products.InsertOneAsync(product, cancellationToken);
                return true;
            });
        }
        catch (MongoDuplicateKeyException e)
        {
            throw DuplicateKeys.ToGraphQL(e);
        }

        // No cache invalidation: the id is new, and the cache never stores "not found", so nothing can be cached under it.
        return product;
    }

    public async Task<Product> UpdateAsync(string id, UpdateProductInput input, CancellationToken cancellationToken = default)
    {
        var problems = ProductInputValidator.Validate(input);
        Category? category = null;
        if (!string.IsNullOrWhiteSpace(input.CategoryId))
        {
            category = await FindCategoryAsync(input.CategoryId, cancellationToken);
            if (category is null)
            {
                problems.Add(new("categoryId", $"no category has the id {input.CategoryId}"));
            }
        }

        if (problems.Count > 0)
        {
            throw ValidationFailed.Exception(problems);
        }

        List<string> skus = [.. input.Sku is null ? [] : new[] { input.Sku }, .. (input.Variants ?? []).Select(v => v.Sku)];
        if (skus.Count > 0)
        {
            await EnsureSkusFreeAsync(skus, id, cancellationToken);
        }

        var set = new BsonDocument();
        SetIfGiven(set, "name", input.Name?.Trim());
        SetIfGiven(set, "slug", input.Slug);
        SetIfGiven(set, "sku", input.Sku);
        SetIfGiven(set, "description", input.Description);
        SetIfGiven(set, "vendor", input.Vendor);
        if (input.Price is { } price)
        {
            set.Add("pricing.price", price);
        }

        if (input.CompareAtPrice is { } compareAt)
        {
            set.Add("pricing.compareAtPrice", compareAt);
        }

        SetIfGiven(set, "pricing.currency", input.Currency);
        if (category is not null)
        {
            set.Add("category", Bson(ProductInputMapping.Category(category)));
        }

        if (input.Variants is not null)
        {
            set.Add("variants", Bson(ProductInputMapping.Variants(input.Variants)));
        }

        if (input.Attributes is not null)
        {
            set.Add("attributes", Bson(ProductInputMapping.Attributes(input.Attributes)));
        }

        if (input.Images is not null)
        {
            set.Add("images", Bson(ProductInputMapping.Images(input.Images)));
        }

        if (input.Seo is not null)
        {
            set.Add("seo", Bson(ProductInputMapping.Seo(input.Seo)));
        }

        if (input.Status is { } status)
        {
            set.Add("status", ProductStatuses.ToStored(status));
        }

        set.Add("updatedAt", Now());
        return await UpdateOneAsync(id, new BsonDocument("$set", set), cancellationToken);
    }

    public Task<Product> ArchiveAsync(string id, CancellationToken cancellationToken = default) =>
        UpdateOneAsync(id, new BsonDocument("$set", new BsonDocument { { "status", ProductStatuses.Archived }, { "updatedAt", Now() } }), cancellationToken);

    private async Task<Product> UpdateOneAsync(string id, BsonDocument update, CancellationToken cancellationToken)
    {
        Product? updated;
        try
        {
            updated = await StoreGuard.RunAsync(() => database.Products.FindOneAndUpdateAsync(
                Filter.Eq("_id", id),
                update,
                new FindOneAndUpdateOptions { ReturnDocument = ReturnDocument.After },
                cancellationToken));
        }
        catch (MongoDuplicateKeyException e)
        {
            throw DuplicateKeys.ToGraphQL(e);
        }
        finally
        {
            // Also when the write failed in a way that leaves its outcome unknown (connection lost after sending):
            // an invalidation too many only costs a cache miss. Not tied to the request: a client that hangs up
            // after the write must not leave the old product cached.
            if (cache is not null)
            {
                await cache.InvalidateAsync(id, CancellationToken.None);
            }
        }

        return updated ?? throw new GraphQLException($"No product has the id {id}.", CatalogErrorCodes.NotFound);
    }

    /// <summary>
    /// Product and variant SKUs share one namespace, which the two unique indexes cannot guard across each other:
    /// a product's SKU is checked against other products' variant SKUs (and the reverse) before writing. The
    /// indexes still settle races within each kind.
    /// </summary>
    private async Task EnsureSkusFreeAsync(IReadOnlyList<string> skus, string? exceptId, CancellationToken cancellationToken)
    {
        var values = new BsonArray(skus.Select(s => (BsonValue)s));
        var clash = Filter.Or(
            new BsonDocument("sku", new BsonDocument("$in", values)),
            new BsonDocument("variants.sku", new BsonDocument("$in", values)));
        var filter = exceptId is null ? clash : Filter.And(clash, Filter.Ne("_id", exceptId));
        var taken = await StoreGuard.RunAsync(
            () => database.ProductDocuments.FindAsync(filter, new FindOptions { Limit = 1, Projection = new BsonDocument { { "sku", 1 }, { "variants.sku", 1 } } }, cancellationToken).FirstOrDefaultAsync(cancellationToken));
        if (taken is not null)
        {
            var used = new HashSet<string>(StringComparer.Ordinal) { taken["sku"].AsString };
            if (taken.GetValueOrDefault("variants") is BsonArray variants)
            {
                used.UnionWith(variants.OfType<BsonDocument>().Select(v => v.GetValueOrDefault("sku")).OfType<BsonString>().Select(v => v.Value));
            }

            var sku = skus.FirstOrDefault(used.Contains) ?? skus[0];
            throw new GraphQLException($"Another product already uses the SKU {sku}.", CatalogErrorCodes.DuplicateSku);
        }
    }

    private Task<Category?> FindCategoryAsync(string id, CancellationToken cancellationToken) =>
        StoreGuard.RunAsync(() => database.Categories.FindAsync(Filter.Eq("_id", id), new FindOptions { Limit = 1 }, cancellationToken).FirstOrDefaultAsync(cancellationToken));

    private BsonValue Bson<T>(T value) => database.Mapper.ToBsonValue(value, typeof(T));

    private static void SetIfGiven(BsonDocument set, string field, string? value)
    {
        if (value is not null)
        {
            set.Add(field, value);
        }
    }

    // MongoDB keeps milliseconds; rounding here makes the returned product equal the stored one.
    private DateTime Now()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }
}
