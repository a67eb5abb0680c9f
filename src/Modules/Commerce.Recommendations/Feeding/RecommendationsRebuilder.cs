using Commerce.Catalog;
using Commerce.Drivers.Bolt;
using Commerce.Drivers.Mongo;
using Commerce.Recommendations.Graph;

namespace Commerce.Recommendations.Feeding;

/// <summary>What a rebuild replayed.</summary>
public sealed record RebuildReport(int Categories, int Products, int Orders, int CancelledOrders);

/// <summary>
/// Replays the graph from its sources: the catalog's categories and products (MongoDB, through the catalog's
/// database object) and the orders store's history. Every write is a MERGE, so a rebuild over a live graph only
/// fills what is missing and moves products whose category changed. Orders go in batches, one transaction each:
/// a transaction per order would pay a commit per order (about 20 ms each on Neo4j 3.1 here).
/// </summary>
public sealed class RecommendationsRebuilder(RecommendationsFeed feed, RecommendationsGraph graph, CatalogDatabase catalog, IEnumerable<IOrderHistory> orderHistories)
{
    private const int BatchSize = 500;
    private const int OrderBatchSize = 200;

    // The same writes as the live feed's OrderPlaced and OrderCancelled (FeedCypher), for many orders at once. Every
    // order is placed, then the cancelled ones removed: the graph ends as the outbox would have left it.
    private const string PlaceOrders = """
        UNWIND $orders AS o
        MERGE (c:Customer {id: o.customerId})
        WITH c, o
        UNWIND o.lines AS line
        MERGE (p:Product {id: line.productId})
        MERGE (c)-[r:PURCHASED {orderId: o.orderId}]->(p)
        ON CREATE SET r.at = o.at, r.quantity = line.quantity
        """;

    private const string CancelOrders = """
        UNWIND $orders AS o
        MATCH (:Customer {id: o.customerId})-[r:PURCHASED {orderId: o.orderId}]->(:Product)
        DELETE r
        """;

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
                    await WriteOrdersAsync(pending, cancellationToken);
                    pending.Clear();
                }
            }
        }

        await WriteOrdersAsync(pending, cancellationToken);
        return new RebuildReport(categories.Count, products.Count, orders, cancelled);
    }

    private Task WriteOrdersAsync(IReadOnlyList<HistoricOrder> orders, CancellationToken cancellationToken)
    {
        // As the feed: an order without lines writes nothing; a product on two lines of one order is one edge with
        // the quantities together.
        var placed = orders
            .Where(o => o.Lines.Count > 0)
            .Select(o => new Dictionary<string, object?>
            {
                ["orderId"] = o.OrderId,
                ["customerId"] = o.CustomerId,
                ["at"] = EpochMillis.From(o.PlacedAt),
                ["lines"] = o.Lines
                    .GroupBy(l => l.ProductId, StringComparer.Ordinal)
                    .Select(g => new Dictionary<string, object?> { ["productId"] = g.Key, ["quantity"] = (long)g.Sum(l => l.Quantity) })
                    .ToList(),
            })
            .ToList();
        var cancelled = orders
            .Where(o => o.Cancelled)
            .Select(o => new Dictionary<string, object?> { ["orderId"] = o.OrderId, ["customerId"] = o.CustomerId })
            .ToList();
        var statements = new List<Query>(2);
        if (placed.Count > 0)
        {
            statements.Add(new Query(PlaceOrders, new Dictionary<string, object?> { ["orders"] = placed }));
        }

        if (cancelled.Count > 0)
        {
            statements.Add(new Query(CancelOrders, new Dictionary<string, object?> { ["orders"] = cancelled }));
        }

        return statements.Count == 0 ? Task.CompletedTask : graph.WriteAsync(statements, cancellationToken);
    }
}
