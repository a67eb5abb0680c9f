using System.Text.Json;
using Commerce.Orders;

namespace Commerce.Recommendations.Feeding;

/// <summary>
/// Feeds the graph from the orders outbox. Idempotent by construction (edges keyed by order id), so the outbox's
/// at-least-once redelivery changes nothing; a failure (Neo4j down) propagates so the outbox retries the message.
/// </summary>
public sealed class RecommendationsOutboxHandler(RecommendationsFeed feed) : IOutboxHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => "recommendations";

    public Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        switch (message.Type)
        {
            case OutboxMessageTypes.OrderPlaced:
                var placed = message.Payload.Deserialize<OrderPayload>(Json) ?? throw new JsonException("Empty OrderPlaced payload.");
                return feed.ApplyOrderPlacedAsync(
                    placed.OrderId,
                    placed.CustomerId,
                    placed.Lines.Select(l => new OrderLine(l.ProductId, l.Quantity)).ToList(),
                    placed.CreatedAt ?? message.CreatedAt,
                    cancellationToken);
            case OutboxMessageTypes.OrderCancelled:
                var cancelled = message.Payload.Deserialize<OrderPayload>(Json) ?? throw new JsonException("Empty OrderCancelled payload.");
                return feed.ApplyOrderCancelledAsync(cancelled.OrderId, cancelled.CustomerId, cancellationToken);
            default:
                return Task.CompletedTask;
        }
    }

    /// <summary>The fields of the orders module's OrderPlaced/OrderCancelled payloads that the graph needs.</summary>
    private sealed record OrderPayload(string OrderId, string CustomerId, DateTimeOffset? CreatedAt, List<LinePayload> Lines);

    private sealed record LinePayload(string ProductId, int Quantity);
}
