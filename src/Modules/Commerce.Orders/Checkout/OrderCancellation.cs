using Microsoft.EntityFrameworkCore;

namespace Commerce.Orders;

/// <summary>
/// Cancels a pending (authorized, not captured) order in one transaction: the authorization is voided, every
/// reserved unit goes back to stock with a ledger row, and OrderCancelled is written. Paid orders are refunded instead.
/// </summary>
public sealed class OrderCancellation(IDbContextFactory<OrdersDbContext> contexts, OutboxWriter outbox, TimeProvider clock)
{
    public async Task<Order> CancelAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await db.Orders.FromSqlInterpolated($"SELECT * FROM orders WHERE id = {orderId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken)
            ?? throw new OrderException("No such order.", OrderErrorCodes.NotFound);
        if (order.Status != OrderStatus.Pending)
        {
            throw new OrderException($"Only pending orders can be cancelled (this one is {order.Status}); refund a paid order instead.", OrderErrorCodes.InvalidState);
        }

        var now = clock.GetUtcNow();
        var lines = await db.OrderLines.Where(l => l.OrderId == orderId).OrderBy(l => l.Position).ToListAsync(cancellationToken);
        foreach (var (sku, quantity) in lines.GroupBy(l => l.VariantSku, StringComparer.Ordinal)
                     .Select(g => (g.Key, g.Sum(l => l.Quantity)))
                     .OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE stock_levels SET quantity = quantity + {quantity}, updated_at = {now} WHERE sku = {sku}", cancellationToken);
            db.StockMovements.Add(new StockMovement { Sku = sku, Delta = quantity, Reason = StockReasons.Cancel, OrderId = orderId, CreatedAt = now });
        }

        foreach (var payment in await db.Payments.Where(p => p.OrderId == orderId && p.Status == PaymentStatus.Authorized).ToListAsync(cancellationToken))
        {
            payment.Status = PaymentStatus.Voided;
            payment.UpdatedAt = now;
        }

        order.Status = OrderStatus.Cancelled;
        order.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await outbox.WriteAsync(db, order.Id.ToString(), OutboxMessageTypes.OrderCancelled, OrderEvents.Cancelled(order, lines), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.Committed();
        return order;
    }
}
