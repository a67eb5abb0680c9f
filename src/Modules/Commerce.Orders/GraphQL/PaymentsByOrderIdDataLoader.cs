using Commerce.GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Orders;

/// <summary>The payments of every order asked for in one execution step, in one query.</summary>
public sealed class PaymentsByOrderIdDataLoader(IDbContextFactory<OrdersDbContext> contexts, DataLoaderOptions? options = null)
    : GroupedDataLoader<Guid, Payment>(options)
{
    protected override async Task<ILookup<Guid, Payment>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = keys.Distinct().ToArray();
        var payments = await db.Payments.AsNoTracking().Where(p => ids.Contains(p.OrderId)).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        return payments.ToLookup(p => p.OrderId);
    }
}
