using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;
using Commerce.GraphQL.Relay;

namespace Commerce.Catalog;

/// <summary>Listings and facets, each answered by ONE aggregate round trip.</summary>
public sealed class ProductSearch(CatalogDatabase database)
{
    /// <summary>A page and the total count together: <c>$match</c>, then <c>$facet</c> with the page and the count.</summary>
    public async Task<Connection<Product>> ListAsync(ProductListing listing, CancellationToken cancellationToken = default)
    {
        var match = ProductMatch.Build(listing.Search, listing.Where, listing.Statuses);
        var pipeline = new List<BsonDocument> { new("$match", match) };
        if (listing.Order == ProductOrder.Relevance)
        {
            pipeline.Add(new BsonDocument("$addFields", new BsonDocument(ProductSort.ScoreField, new BsonDocument("$meta", "textScore"))));
        }

        // Sorted before the $facet so that the sort can walk an index; $facet hands each branch the documents in order.
        pipeline.Add(new BsonDocument("$sort", ProductSort.For(listing.Order)));

        // One more than the page tells whether a next page exists.
        var page = new BsonArray
        {
            new BsonDocument("$skip", listing.Offset),
            new BsonDocument("$limit", listing.First + 1),
        };
        if (listing.Order == ProductOrder.Relevance)
        {
            page.Add(new BsonDocument("$project", new BsonDocument(ProductSort.ScoreField, 0)));
        }

        pipeline.Add(new BsonDocument("$facet", new BsonDocument
        {
            { "items", page },
            { "total", new BsonArray { new BsonDocument("$count", "n") } },
        }));

        var result = await StoreGuard.RunAsync(
            () => database.ProductDocuments.AggregateAsync<BsonDocument>(pipeline, cancellationToken: cancellationToken).FirstOrDefaultAsync(cancellationToken));
        var items = result?["items"].AsBsonArray ?? [];
        var total = result?["total"].AsBsonArray is { Count: > 0 } counted ? counted[0]["n"].ToInt32() : 0;

        var edges = new List<Edge<Product>>(Math.Min(items.Count, listing.First));
        for (var i = 0; i < items.Count && i < listing.First; i++)
        {
            edges.Add(new Edge<Product>(database.Mapper.FromDocument<Product>(items[i].AsBsonDocument), ProductCursor.Encode(listing.Offset + i)));
        }

        var pageInfo = new PageInfo(
            HasNextPage: items.Count > listing.First,
            HasPreviousPage: listing.Offset > 0,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection<Product>(edges, pageInfo, total);
    }

    /// <summary>Counts by category, vendor and price band with one <c>$facet</c> aggregate.</summary>
    public async Task<ProductFacets> FacetsAsync(string? search, ProductFilterInput? where, IReadOnlyCollection<ProductStatus> statuses, CancellationToken cancellationToken = default)
    {
        var match = ProductMatch.Build(search, where, statuses);
        var byCount = new BsonDocument { { "count", -1 }, { "_id", 1 } };
        var bounds = PriceBands.LowerBounds;
        var pipeline = new List<BsonDocument>
        {
            new("$match", match),
            new("$facet", new BsonDocument
            {
                {
                    "categories", new BsonArray
                    {
                        new BsonDocument("$group", new BsonDocument
                        {
                            { "_id", "$category.id" },
                            { "name", new BsonDocument("$first", "$category.name") },
                            { "path", new BsonDocument("$first", "$category.path") },
                            { "count", new BsonDocument("$sum", 1) },
                        }),
                        new BsonDocument("$sort", byCount),
                    }
                },
                {
                    "vendors", new BsonArray
                    {
                        new BsonDocument("$match", new BsonDocument("vendor", new BsonDocument("$type", "string"))),
                        new BsonDocument("$group", new BsonDocument { { "_id", "$vendor" }, { "count", new BsonDocument("$sum", 1) } }),
                        new BsonDocument("$sort", byCount),
                    }
                },
                {
                    "priceBands", new BsonArray
                    {
                        // The top bound doubles as the default bucket: prices at or above it land there.
                        new BsonDocument("$bucket", new BsonDocument
                        {
                            { "groupBy", "$pricing.price" },
                            { "boundaries", new BsonArray(bounds.Select(b => (BsonValue)b)) },
                            { "default", bounds[^1] },
                            { "output", new BsonDocument("count", new BsonDocument("$sum", 1)) },
                        }),
                    }
                },
                { "total", new BsonArray { new BsonDocument("$count", "n") } },
            }),
        };

        var result = await StoreGuard.RunAsync(
            () => database.ProductDocuments.AggregateAsync<BsonDocument>(pipeline, cancellationToken: cancellationToken).FirstOrDefaultAsync(cancellationToken));
        if (result is null)
        {
            return new ProductFacets(0, [], [], []);
        }

        var categories = result["categories"].AsBsonArray
            .Select(v => v.AsBsonDocument)
            .Select(d => new CategoryFacet(d["_id"].AsString, d["name"].AsString, d["path"].AsString, d["count"].ToInt32()))
            .ToList();
        var vendors = result["vendors"].AsBsonArray
            .Select(v => v.AsBsonDocument)
            .Select(d => new VendorFacet(d["_id"].AsString, d["count"].ToInt32()))
            .ToList();
        var bands = result["priceBands"].AsBsonArray
            .Select(v => v.AsBsonDocument)
            .Select(d => Band(ToDecimal(d["_id"]), d["count"].ToInt32()))
            .ToList();
        var total = result["total"].AsBsonArray is { Count: > 0 } counted ? counted[0]["n"].ToInt32() : 0;
        return new ProductFacets(total, categories, vendors, bands);

        PriceBandFacet Band(decimal min, int count)
        {
            var index = bounds.ToList().IndexOf(min);
            decimal? max = index >= 0 && index + 1 < bounds.Count ? bounds[index + 1] : null;
            return new PriceBandFacet(min, max, count);
        }
    }

    private static decimal ToDecimal(BsonValue value) => value.IsDecimal128 ? value.AsDecimal : (decimal)value.ToDouble();
}
