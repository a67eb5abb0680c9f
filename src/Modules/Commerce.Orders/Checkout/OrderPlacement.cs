using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Commerce.Orders;

/// <summary>
/// The transactional heart of checkout. In ONE transaction: the order row first (its unique idempotency key makes a
/// concurrent duplicate wait here and then resolve to the winner's order), stock reserved by conditional updates in
/// SKU order (no deadlocks, never below zero), the lines, the payment authorized and recorded, the OrderPlaced
/// event. Anything thrown before commit rolls all of it back.
/// </summary>
public sealed class OrderPlacement(
    IDbContextFactory<OrdersDbContext> contexts,
    IPaymentGateway gateway,
    OutboxWriter outbox,
    TimeProvider clock)
{
    private const int AuthorizeAttempts = 3;

    public async Task<PlacedOrder> PlaceAsync(PlaceOrderRequest request, CancellationToken cancellationToken = default)
    {
        CheckoutValidation.Validate(request);
        var existing = await FindByKeyAsync(request.IdempotencyKey, cancellationToken);
        if (existing is not null)
        {
            return Replay(existing, request.CustomerId);
        }

        try
        {
            return await PlaceNewAsync(request, cancellationToken);
        }
        catch (Exception e) when (IsDuplicateKey(e))
        {
            // Another request with the same key committed first: its order is the answer.
            var winner = await FindByKeyAsync(request.IdempotencyKey, cancellationToken)
                ?? throw new OrderException("The idempotency key is in use by a checkout that is still running; retry.", OrderErrorCodes.InvalidState);
            return Replay(winner, request.CustomerId);
        }
    }

    private async Task<PlacedOrder> PlaceNewAsync(PlaceOrderRequest request, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var totals = OrderTotals.Of(request.Lines);
        var sequence = await db.Database.SqlQuery<long>($"SELECT nextval('order_number_seq') AS \"Value\"").SingleAsync(cancellationToken);
        var order = new Order
        {
            Id = Guid.CreateVersion7(now),
            Number = OrderNumbers.Format(now.Year, sequence),
            CustomerId = request.CustomerId,
            Status = OrderStatus.Pending,
            Subtotal = totals.Subtotal,
            Tax = totals.Tax,
            Shipping = totals.Shipping,
            Discount = totals.Discount,
            Total = totals.Total,
            Currency = request.Currency,
            ShippingAddressJson = AddressJson.Serialize(request.ShippingAddress),
            BillingAddressJson = AddressJson.Serialize(request.BillingAddress),
            IdempotencyKey = request.IdempotencyKey,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (sku, quantity) in request.Lines.GroupBy(l => l.VariantSku, StringComparer.Ordinal)
                     .Select(g => (g.Key, g.Sum(l => l.Quantity)))
                     .OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var reserved = await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE stock_levels SET quantity = quantity - {quantity}, updated_at = {now} WHERE sku = {sku} AND quantity >= {quantity}",
                cancellationToken);
            if (reserved == 0)
            {
                throw new OrderException($"Not enough stock for SKU \"{sku}\".", OrderErrorCodes.OutOfStock);
            }

            db.StockMovements.Add(new StockMovement { Sku = sku, Delta = -quantity, Reason = StockReasons.Checkout, OrderId = order.Id, CreatedAt = now });
        }

        var position = 0;
        foreach (var line in request.Lines)
        {
            db.OrderLines.Add(new OrderLine
            {
                OrderId = order.Id,
                Position = position++,
                ProductId = line.ProductId,
                VariantSku = line.VariantSku,
                Name = line.Name,
                UnitPrice = line.UnitPrice,
                Quantity = line.Quantity,
                LineTotal = line.LineTotal,
            });
        }

        var transactionId = await AuthorizeAsync(request, order.Total, cancellationToken);
        var payment = new Payment
        {
            Id = Guid.CreateVersion7(now),
            OrderId = order.Id,
            Method = request.PaymentMethod,
            Gateway = gateway.Name,
            GatewayTransactionId = transactionId,
            Amount = order.Total,
            Currency = order.Currency,
            Status = PaymentStatus.Authorized,
            IdempotencyKey = request.IdempotencyKey,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Payments.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        await outbox.WriteAsync(db, order.Id.ToString(), OutboxMessageTypes.OrderPlaced, OrderEvents.Placed(order, request.Lines), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.Committed();
        return new PlacedOrder(order, Created: true);
    }

    private async Task<string> AuthorizeAsync(PlaceOrderRequest request, decimal amount, CancellationToken cancellationToken)
    {
        if (amount <= 0)
        {
            throw new OrderException("An order must cost something to be paid for.", OrderErrorCodes.ValidationFailed);
        }

        var authorization = new PaymentAuthorization(request.PaymentMethod, request.PaymentToken, amount, request.Currency, request.IdempotencyKey);
        for (var attempt = 1; ; attempt++)
        {
            var result = await gateway.AuthorizeAsync(authorization, cancellationToken);
            switch (result.Outcome)
            {
                case GatewayOutcome.Approved:
                    return result.TransactionId!;
                case GatewayOutcome.Declined:
                    throw new OrderException("The payment was declined: " + result.Message, OrderErrorCodes.PaymentDeclined);
                case GatewayOutcome.TransientFailure when attempt >= AuthorizeAttempts:
                    throw new OrderException("The payment processor is not answering; nothing was charged, try again later.", OrderErrorCodes.PaymentUnavailable);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50 << attempt), cancellationToken);
        }
    }

    /// <summary>The order an earlier checkout with this key placed for this customer, if any.</summary>
    public async Task<Order?> FindReplayAsync(string key, Guid customerId, CancellationToken cancellationToken)
    {
        var order = await FindByKeyAsync(key, cancellationToken);
        return order is null ? null : Replay(order, customerId).Order;
    }

    private async Task<Order?> FindByKeyAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.IdempotencyKey == key, cancellationToken);
    }

    private static PlacedOrder Replay(Order order, Guid customerId) =>
        order.CustomerId == customerId
            ? new PlacedOrder(order, Created: false)
            : throw new OrderException("This idempotency key belongs to another checkout.", OrderErrorCodes.ValidationFailed);

    private static bool IsDuplicateKey(Exception e) =>
        (e as PostgresException ?? e.InnerException as PostgresException) is { SqlState: PostgresErrorCodes.UniqueViolation } pg
        && pg.ConstraintName is "orders_idempotency_key_key" or "payments_idempotency_key_key";
}

/// <summary>The order checkout answers with; <see cref="Created"/> is false when an earlier request with the same key made it.</summary>
public sealed record PlacedOrder(Order Order, bool Created);
