using Commerce.GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Orders;

/// <summary>Per handler, how far the events of each order asked for got, in one query.</summary>
public sealed class OrderSyncByOrderIdDataLoader(IDbContextFactory<OrdersDbContext> contexts, DataLoaderOptions? options = null)
    : GroupedDataLoader<Guid, OrderSync>(options)
{
    protected override async Task<ILookup<Guid, OrderSync>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = keys.Distinct().Select(k => k.ToString()).ToArray();
        var rows = await (
                from d in db.OutboxDeliveries
                join m in db.Outbox on d.OutboxId equals m.Id
                where ids.Contains(m.AggregateId)
                group d by new { m.AggregateId, d.Handler } into g
                select new
                {
                    g.Key.AggregateId,
                    g.Key.Handler,
                    Messages = g.Count(),
                    Delivered = g.Count(x => x.DeliveredAt != null),
                    LastDelivered = g.Max(x => x.DeliveredAt),
                    Attempts = g.Sum(x => x.Attempts),
                    LastError = g.Where(x => x.DeliveredAt == null).OrderByDescending(x => x.OutboxId).Select(x => x.LastError).FirstOrDefault(),
                })
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(r => r.Handler, StringComparer.Ordinal)
            .ToLookup(
                r => Guid.Parse(r.AggregateId),
                r => new OrderSync(r.Handler, r.Delivered == r.Messages, r.Delivered == r.Messages ? r.LastDelivered : null, r.Attempts, r.LastError));
    }
}
