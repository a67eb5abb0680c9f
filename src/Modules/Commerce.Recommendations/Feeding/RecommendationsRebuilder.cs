using Commerce.Catalog;
using Commerce.Drivers.Mongo;

namespace Commerce.Recommendations.Feeding;

/// <summary>What a rebuild replayed.</summary>
public sealed record RebuildReport(int Categories, int Products, int Orders, int CancelledOrders);

/// <summary>
/// Replays the graph from its sources: the catalog's categories and products (MongoDB, through the catalog's
/// database object) and the orders store's history. Every write is a MERGE, so a rebuild over a live graph only
/// fills what is missing and moves products whose category changed. Orders go in batches, one transaction each:
/// a transaction per order would pay a commit per order (about 20 ms each on Neo4j 3.1 here).
/// </summary>
public sealed class RecommendationsRebuilder(RecommendationsFeed feed, CatalogDatabase catalog, IEnumerable<IOrderHistory> orderHistories)
{
    private const int BatchSize = 500;
    private const int OrderBatchSize = 200;

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
        var pending = new List<HistoricOrder>(OrderBatchSize);
        foreach (var history in orderHistories)
        {
            await foreach (var order in history.ReadAllAsync(cancellationToken).WithCancellation(cancellationToken))
            {
                pending.Add(order);
                orders++;
                cancelled += order.Cancelled ? 1 : 0;
                if (pending.Count == OrderBatchSize)
                {
                    await feed.ApplyOrdersAsync(pending, cancellationToken);
                    pending.Clear();
                }
            }
        }

        await feed.ApplyOrdersAsync(pending, cancellationToken);
        return new RebuildReport(categories.Count, products.Count, orders, cancelled);
    }
}
