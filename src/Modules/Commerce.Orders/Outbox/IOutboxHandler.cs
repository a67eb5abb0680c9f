using System.Text.Json;

namespace Commerce.Orders;

/// <summary>
/// Receives the orders module's events. Register implementations as <c>IOutboxHandler</c> singletons; each is
/// delivered every message at least once (so it must be idempotent, e.g. keyed by <see cref="OutboxMessage.Id"/>),
/// in order per aggregate (order or SKU). Throwing means "not delivered": the message is retried with backoff,
/// and later messages of the same aggregate wait for it. <see cref="Name"/> must be stable across restarts.
/// </summary>
public interface IOutboxHandler
{
    string Name { get; }

    Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// One event. <see cref="Type"/> is one of <see cref="OutboxMessageTypes"/>; <see cref="AggregateId"/> is the order
/// id for order events and the SKU for stock events.
/// </summary>
public sealed record OutboxMessage(long Id, string AggregateId, string Type, JsonElement Payload, DateTimeOffset CreatedAt);

public static class OutboxMessageTypes
{
    public const string OrderPlaced = "OrderPlaced";
    public const string OrderPaid = "OrderPaid";
    public const string OrderCancelled = "OrderCancelled";
    public const string PaymentRefunded = "PaymentRefunded";
    public const string StockChanged = "StockChanged";
}
