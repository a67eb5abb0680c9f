using Microsoft.EntityFrameworkCore;

namespace Commerce.Orders;

/// <summary>Operators' changes of stock: set a level or move it by a delta, each with its ledger row and a StockChanged event.</summary>
public sealed class StockOperations(IDbContextFactory<OrdersDbContext> contexts, OutboxWriter outbox, TimeProvider clock)
{
    public const int MaxQuantity = 1_000_000;

    public async Task<StockLevel?> FindAsync(string sku, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StockLevels.AsNoTracking().SingleOrDefaultAsync(s => s.Sku == sku, cancellationToken);
    }

    public async Task<StockLevel> SetAsync(string sku, int quantity, CancellationToken cancellationToken = default)
    {
        ValidateSku(sku);
        if (quantity is < 0 or > MaxQuantity)
        {
            throw new OrderException($"quantity must be 0 to {MaxQuantity}.", OrderErrorCodes.ValidationFailed);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        // Insert-or-lock, then read the level under that lock so the ledger delta is exact.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO stock_levels (sku, quantity, updated_at) VALUES ({sku}, 0, {now}) ON CONFLICT (sku) DO NOTHING", cancellationToken);
        var level = await db.StockLevels.FromSqlInterpolated($"SELECT * FROM stock_levels WHERE sku = {sku} FOR UPDATE").SingleAsync(cancellationToken);
        var delta = quantity - level.Quantity;
        level.Quantity = quantity;
        level.UpdatedAt = now;
        await FinishAsync(db, level, delta, StockReasons.Set, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.Committed();
        return level;
    }

    public async Task<StockLevel> AdjustAsync(string sku, int delta, CancellationToken cancellationToken = default)
    {
        ValidateSku(sku);
        if (delta == 0 || Math.Abs((long)delta) > MaxQuantity)
        {
            throw new OrderException($"delta must be non-zero and at most {MaxQuantity} either way.", OrderErrorCodes.ValidationFailed);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var level = await db.StockLevels.FromSqlInterpolated($"SELECT * FROM stock_levels WHERE sku = {sku} FOR UPDATE").SingleOrDefaultAsync(cancellationToken)
            ?? throw new OrderException($"SKU \"{sku}\" has no stock level; set one first.", OrderErrorCodes.NotFound);
        if (level.Quantity + (long)delta is < 0 or > MaxQuantity)
        {
            throw new OrderException($"SKU \"{sku}\" has {level.Quantity}; adjusting by {delta} would leave it out of 0 to {MaxQuantity}.",
                delta < 0 ? OrderErrorCodes.OutOfStock : OrderErrorCodes.ValidationFailed);
        }

        level.Quantity += delta;
        level.UpdatedAt = clock.GetUtcNow();
        await FinishAsync(db, level, delta, StockReasons.Adjust, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.Committed();
        return level;
    }

    private async Task FinishAsync(OrdersDbContext db, StockLevel level, int delta, string reason, CancellationToken cancellationToken)
    {
        if (delta != 0)
        {
            db.StockMovements.Add(new StockMovement { Sku = level.Sku, Delta = delta, Reason = reason, CreatedAt = level.UpdatedAt });
        }

        await db.SaveChangesAsync(cancellationToken);
        if (delta != 0)
        {
            await outbox.WriteAsync(db, level.Sku, OutboxMessageTypes.StockChanged, OrderEvents.StockChanged(level.Sku, delta, level.Quantity, reason), cancellationToken);
        }
    }

    private static void ValidateSku(string sku)
    {
        if (string.IsNullOrWhiteSpace(sku) || sku.Length > 100)
        {
            throw new OrderException("sku must be 1 to 100 characters.", OrderErrorCodes.ValidationFailed);
        }
    }
}
