using Commerce.GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Orders;

/// <summary>The lines of every order asked for in one execution step, in one query.</summary>
public sealed class OrderLinesByOrderIdDataLoader(IDbContextFactory<OrdersDbContext> contexts, DataLoaderOptions? options = null)
    : GroupedDataLoader<Guid, OrderLine>(options)
{
    protected override async Task<ILookup<Guid, OrderLine>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = keys.Distinct().ToArray();
        var lines = await db.OrderLines.AsNoTracking().Where(l => ids.Contains(l.OrderId)).OrderBy(l => l.OrderId).ThenBy(l => l.Position).ToListAsync(cancellationToken);
        return lines.ToLookup(l => l.OrderId);
    }
}
