using Commerce.Drivers.Bolt;
using Commerce.Recommendations.Graph;

namespace Commerce.Recommendations.Feeding;

/// <summary>
/// Everything that writes the graph. Failures propagate: the orders outbox keeps an event until its handler
/// returns, so a graph that is down means a later redelivery, never a lost purchase.
/// </summary>
public sealed class RecommendationsFeed(RecommendationsGraph graph, TimeProvider time)
{
    public Task ApplyOrderPlacedAsync(string orderId, string customerId, IReadOnlyList<OrderLine> lines, DateTimeOffset placedAt, CancellationToken cancellationToken = default) =>
        ApplyOrdersAsync([new HistoricOrder(orderId, customerId, lines, placedAt, Cancelled: false)], cancellationToken);

    public Task ApplyOrderCancelledAsync(string orderId, string customerId, CancellationToken cancellationToken = default) =>
        graph.WriteAsync([CancelOrders([(orderId, customerId)])], cancellationToken);

    /// <summary>
    /// Many orders in one transaction, as the outbox would have left them: each placed (an order without lines writes
    /// nothing; a product on two lines of one order is one edge with the quantities together), then the cancelled
    /// ones removed. The rebuild replays history through it.
    /// </summary>
    public Task ApplyOrdersAsync(IReadOnlyList<HistoricOrder> orders, CancellationToken cancellationToken = default)
    {
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
        var cancelled = orders.Where(o => o.Cancelled).Select(o => (o.OrderId, o.CustomerId)).ToList();

        var statements = new List<Query>(2);
        if (placed.Count > 0)
        {
            statements.Add(new Query(FeedCypher.OrdersPlaced, new Dictionary<string, object?> { ["orders"] = placed }));
        }

        if (cancelled.Count > 0)
        {
            statements.Add(CancelOrders(cancelled));
        }

        return statements.Count == 0 ? Task.CompletedTask : graph.WriteAsync(statements, cancellationToken);
    }

    private static Query CancelOrders(IEnumerable<(string OrderId, string CustomerId)> orders) =>
        new(FeedCypher.OrdersCancelled, new Dictionary<string, object?>
        {
            ["orders"] = orders.Select(o => new Dictionary<string, object?> { ["orderId"] = o.OrderId, ["customerId"] = o.CustomerId }).ToList(),
        });

    /// <summary>A product page seen by a signed-in customer (requests go through <see cref="ViewQueue"/> instead).</summary>
    public Task RecordViewAsync(string customerId, string productId, CancellationToken cancellationToken = default) =>
        RecordViewAsync(customerId, productId, time.GetUtcNow(), cancellationToken);

    public Task RecordViewAsync(string customerId, string productId, DateTimeOffset viewedAt, CancellationToken cancellationToken = default) =>
        RecordViewsAsync([new ViewTally(customerId, productId, 1, viewedAt)], cancellationToken);

    /// <summary>Adds each tally's count to its <c>VIEWED</c> edge in one statement (not idempotent: a replay counts again).</summary>
    public Task RecordViewsAsync(IReadOnlyList<ViewTally> views, CancellationToken cancellationToken = default) =>
        views.Count == 0
            ? Task.CompletedTask
            : graph.WriteAsync(
                [new Query(FeedCypher.Views, new Dictionary<string, object?>
                {
                    ["views"] = views
                        .Select(v => new Dictionary<string, object?>
                        {
                            ["customerId"] = v.CustomerId,
                            ["productId"] = v.ProductId,
                            ["count"] = v.Count,
                            ["at"] = EpochMillis.From(v.LastAt),
                        })
                        .ToList(),
                })],
                cancellationToken);

    public Task UpsertProductsAsync(IReadOnlyList<ProductEntry> products, CancellationToken cancellationToken = default) =>
        products.Count == 0
            ? Task.CompletedTask
            : graph.WriteAsync(
                [new Query(FeedCypher.Products, new Dictionary<string, object?>
                {
                    ["products"] = products
                        .Select(p => new Dictionary<string, object?> { ["id"] = p.Id, ["name"] = p.Name, ["categoryId"] = p.CategoryId })
                        .ToList(),
                })],
                cancellationToken);

    public Task UpsertCategoriesAsync(IReadOnlyList<CategoryEntry> categories, CancellationToken cancellationToken = default) =>
        categories.Count == 0
            ? Task.CompletedTask
            : graph.WriteAsync(
                [new Query(FeedCypher.Categories, new Dictionary<string, object?>
                {
                    ["categories"] = categories
                        .Select(c => new Dictionary<string, object?> { ["id"] = c.Id, ["name"] = c.Name, ["parentId"] = c.ParentId })
                        .ToList(),
                })],
                cancellationToken);
}
