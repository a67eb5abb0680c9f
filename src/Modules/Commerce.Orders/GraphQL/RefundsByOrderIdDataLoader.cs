using Commerce.GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Orders;

/// <summary>The refunds of every order asked for in one execution step, in one query.</summary>
public sealed class RefundsByOrderIdDataLoader(IDbContextFactory<OrdersDbContext> contexts, DataLoaderOptions? options = null)
    : GroupedDataLoader<Guid, Refund>(options)
{
    protected override async Task<ILookup<Guid, Refund>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = keys.Distinct().ToArray();
        var refunds = await db.Refunds.AsNoTracking().Where(r => ids.Contains(r.OrderId)).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        return refunds.ToLookup(r => r.OrderId);
    }
}
