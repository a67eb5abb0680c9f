using Commerce.GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Orders;

/// <summary>Units on hand of every SKU asked for in one execution step, in one query; a SKU without a level has 0.</summary>
public sealed class StockBySkuDataLoader(IDbContextFactory<OrdersDbContext> contexts, DataLoaderOptions? options = null)
    : BatchDataLoader<string, int>(options)
{
    protected override async Task<IReadOnlyDictionary<string, int>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var skus = keys.Distinct(StringComparer.Ordinal).ToArray();
        var levels = await db.StockLevels.AsNoTracking().Where(s => skus.Contains(s.Sku)).ToDictionaryAsync(s => s.Sku, s => s.Quantity, StringComparer.Ordinal, cancellationToken);
        return skus.ToDictionary(s => s, s => levels.GetValueOrDefault(s), StringComparer.Ordinal);
    }
}
