using Commerce.Catalog;
using Commerce.Drivers.Mongo;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Orders;

/// <summary>
/// Gives every SKU of the catalog (each variant's, or the product's own when it has no variants) a stock level.
/// Idempotent: SKUs that already have a level keep it.
/// </summary>
public sealed class StockSeeder(CatalogDatabase catalog, IDbContextFactory<OrdersDbContext> contexts, TimeProvider clock)
{
    public const int DefaultQuantity = 100;

    public async Task<int> SeedAsync(int quantity = DefaultQuantity, CancellationToken cancellationToken = default)
    {
        var products = await catalog.Products.FindAsync(Filter.Empty, null, cancellationToken).ToListAsync(cancellationToken);
        var skus = products.SelectMany(ProductSkus.Of).Distinct(StringComparer.Ordinal).ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO stock_levels (sku, quantity, updated_at)
            SELECT s, {quantity}, {now} FROM unnest({skus}::text[]) AS s
            ON CONFLICT (sku) DO NOTHING
            """, cancellationToken);
    }
}
