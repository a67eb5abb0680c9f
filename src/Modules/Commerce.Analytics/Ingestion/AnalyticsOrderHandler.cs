using System.Text.Json;
using Commerce.Orders;

namespace Commerce.Analytics;

/// <summary>
/// Feeds placed orders from the orders module's outbox into analytics. Delivery is at least once; the order is
/// counted once (see <see cref="AnalyticsIngestion.RecordOrderAsync"/>). Returns only when the order is in Cassandra,
/// so a failure (an exception) leaves the outbox message to be delivered again.
/// </summary>
public sealed class AnalyticsOrderHandler(AnalyticsIngestion ingestion) : IOutboxHandler
{
    public string Name => "analytics";

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Type == OutboxMessageTypes.OrderPlaced)
        {
            await HandleAsync(FromPayload(message), cancellationToken);
        }
    }

    /// <summary>True when this delivery counted the order, false when an earlier one had.</summary>
    public Task<bool> HandleAsync(OrderPlacedEvent order, CancellationToken cancellationToken = default) =>
        ingestion.RecordOrderAsync(order, cancellationToken);

    /// <summary>The OrderPlaced payload (web JSON): orderId, customerId, createdAt, lines of productId, quantity, unitPrice.</summary>
    public static OrderPlacedEvent FromPayload(OutboxMessage message)
    {
        var payload = message.Payload;
        var lines = payload.GetProperty("lines").EnumerateArray()
            .Select(l =>
            {
                var quantity = l.GetProperty("quantity").GetInt32();
                return new OrderPlacedLine(l.GetProperty("productId").GetString()!, quantity, l.GetProperty("unitPrice").GetDecimal() * quantity);
            })
            .ToList();
        var placedAt = payload.TryGetProperty("createdAt", out var created) && created.ValueKind == JsonValueKind.String ? created.GetDateTimeOffset() : message.CreatedAt;
        var customer = payload.TryGetProperty("customerId", out var c) && c.ValueKind != JsonValueKind.Null ? c.ToString() : null;
        var orderId = payload.TryGetProperty("orderId", out var id) ? id.ToString() : message.AggregateId;
        return new OrderPlacedEvent(orderId, customer, placedAt, lines);
    }
}
