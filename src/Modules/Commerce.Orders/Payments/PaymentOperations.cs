using Microsoft.EntityFrameworkCore;

namespace Commerce.Orders;

/// <summary>
/// Capture and refund. Each locks the payment row (and its order) FOR UPDATE in one transaction, so concurrent
/// refunds see each other's amounts and together never exceed what was captured (the CHECK constraint backs it).
/// </summary>
public sealed class PaymentOperations(IDbContextFactory<OrdersDbContext> contexts, IPaymentGateway gateway, OutboxWriter outbox, TimeProvider clock)
{
    public async Task<Payment> CaptureAsync(Guid paymentId, decimal? amount, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (payment, order) = await LockAsync(db, paymentId, cancellationToken);
        if (payment.Status != PaymentStatus.Authorized || order.Status != OrderStatus.Pending)
        {
            throw new OrderException($"Only an authorized payment of a pending order can be captured (payment is {payment.Status}, order is {order.Status}).", OrderErrorCodes.InvalidState);
        }

        var capture = amount ?? payment.Amount;
        if (capture <= 0 || capture > payment.Amount || decimal.Round(capture, 2) != capture)
        {
            throw new OrderException($"The capture must be more than 0 and at most the authorized {payment.Amount}, in cents.", OrderErrorCodes.ValidationFailed);
        }

        var result = await gateway.CaptureAsync(payment.GatewayTransactionId, capture, payment.Currency, cancellationToken);
        EnsureApproved(result);
        var now = clock.GetUtcNow();
        payment.CapturedAmount = capture;
        payment.Status = PaymentStatus.Captured;
        payment.UpdatedAt = now;
        order.Status = OrderStatus.Paid;
        order.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await outbox.WriteAsync(db, order.Id.ToString(), OutboxMessageTypes.OrderPaid, OrderEvents.Paid(order, payment), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.Committed();
        return payment;
    }

    /// <summary>
    /// Refunds part of a captured payment. With an idempotency key, a retry (same payment, same key) returns the
    /// refund already made instead of refunding again; the same key with another amount is refused.
    /// </summary>
    public async Task<Refund> RefundAsync(Guid paymentId, decimal amount, string? reason, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        if (amount <= 0 || decimal.Round(amount, 2) != amount)
        {
            throw new OrderException("A refund must be a positive amount in cents.", OrderErrorCodes.ValidationFailed);
        }

        if (idempotencyKey is { Length: 0 or > 200 })
        {
            throw new OrderException("An idempotency key has 1 to 200 characters.", OrderErrorCodes.ValidationFailed);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The payment's row lock also serialises retries that race: the second sees the first's refund.
        var (payment, order) = await LockAsync(db, paymentId, cancellationToken);
        if (idempotencyKey is not null
            && await db.Refunds.SingleOrDefaultAsync(r => r.PaymentId == paymentId && r.IdempotencyKey == idempotencyKey, cancellationToken) is { } earlier)
        {
            return earlier.Amount == amount
                ? earlier
                : throw new OrderException($"This idempotency key already refunded {earlier.Amount}, not {amount}.", OrderErrorCodes.ValidationFailed);
        }
        if (payment.Status is not (PaymentStatus.Captured or PaymentStatus.PartiallyRefunded))
        {
            throw new OrderException($"Only captured payments can be refunded (payment is {payment.Status}).", OrderErrorCodes.InvalidState);
        }

        var refundable = payment.CapturedAmount - payment.RefundedAmount;
        if (amount > refundable)
        {
            throw new OrderException($"A refund of {amount} exceeds the {refundable} still refundable of this payment.", OrderErrorCodes.RefundExceedsCapture);
        }

        var result = await gateway.RefundAsync(payment.GatewayTransactionId, amount, payment.Currency, cancellationToken);
        EnsureApproved(result);
        var now = clock.GetUtcNow();
        var refund = new Refund
        {
            Id = Guid.CreateVersion7(now),
            PaymentId = payment.Id,
            OrderId = order.Id,
            Amount = amount,
            Currency = payment.Currency,
            Reason = reason,
            GatewayTransactionId = result.TransactionId!,
            IdempotencyKey = idempotencyKey,
            CreatedAt = now,
        };
        db.Refunds.Add(refund);
        payment.RefundedAmount += amount;
        payment.Status = payment.RefundedAmount == payment.CapturedAmount ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        payment.UpdatedAt = now;
        if (payment.Status == PaymentStatus.Refunded)
        {
            order.Status = OrderStatus.Refunded;
            order.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        await outbox.WriteAsync(db, order.Id.ToString(), OutboxMessageTypes.PaymentRefunded, OrderEvents.Refunded(order, refund), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.Committed();
        return refund;
    }

    private static async Task<(Payment Payment, Order Order)> LockAsync(OrdersDbContext db, Guid paymentId, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.FromSqlInterpolated($"SELECT * FROM payments WHERE id = {paymentId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken)
            ?? throw new OrderException("No such payment.", OrderErrorCodes.NotFound);
        var order = await db.Orders.FromSqlInterpolated($"SELECT * FROM orders WHERE id = {payment.OrderId} FOR UPDATE").SingleAsync(cancellationToken);
        return (payment, order);
    }

    private static void EnsureApproved(GatewayResult result)
    {
        if (result.Outcome == GatewayOutcome.Declined)
        {
            throw new OrderException("The payment processor refused: " + result.Message, OrderErrorCodes.PaymentDeclined);
        }

        if (result.Outcome == GatewayOutcome.TransientFailure)
        {
            throw new OrderException("The payment processor is not answering; nothing changed, try again later.", OrderErrorCodes.PaymentUnavailable);
        }
    }
}
