using Commerce.Catalog;
using Commerce.Drivers.Mongo;

namespace Commerce.Recommendations.Feeding;

/// <summary>What a rebuild replayed.</summary>
public sealed record RebuildReport(int Categories, int Products, int Orders, int CancelledOrders);

/// <summary>
/// Replays the graph from its sources: the catalog's categories and products (MongoDB, through the catalog's
/// database object) and the orders store's history. Every write is a MERGE, so a rebuild over a live graph only
/// fills what is missing and moves products whose category changed.
/// </summary>
public sealed class RecommendationsRebuilder(RecommendationsFeed feed, CatalogDatabase catalog, IEnumerable<IOrderHistory> orderHistories)
{
    private const int BatchSize = 500;

    public async Task<RebuildReport> RebuildAsync(CancellationToken cancellationToken = default)
    {
        var categories = await catalog.Categories.FindAsync(Filter.Empty, new FindOptions { BatchSize = 1000 }, cancellationToken).ToListAsync(cancellationToken);
        foreach (var batch in categories.Select(c => new CategoryEntry(c.Id, c.Name, c.Parent)).Chunk(BatchSize))
        {
            await feed.UpsertCategoriesAsync(batch, cancellationToken);
        }

        var products = await catalog.Products.FindAsync(Filter.Empty, new FindOptions { BatchSize = 1000 }, cancellationToken).ToListAsync(cancellationToken);
        foreach (var batch in products.Select(p => new ProductEntry(p.Id, p.Name, p.Category.Id)).Chunk(BatchSize))
        {
            await feed.UpsertProductsAsync(batch, cancellationToken);
        }

        var (orders, cancelled) = (0, 0);
        foreach (var history in orderHistories)
        {
            await foreach (var order in history.ReadAllAsync(cancellationToken).WithCancellation(cancellationToken))
            {
                await feed.ApplyOrderPlacedAsync(order.OrderId, order.CustomerId, order.Lines, order.PlacedAt, cancellationToken);
                orders++;
                if (order.Cancelled)
                {
                    await feed.ApplyOrderCancelledAsync(order.OrderId, order.CustomerId, cancellationToken);
                    cancelled++;
                }
            }
        }

        return new RebuildReport(categories.Count, products.Count, orders, cancelled);
    }
}
