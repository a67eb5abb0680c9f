using Commerce.GraphQL;

namespace Commerce.Orders;

[GraphQLDescription("How far one outbox handler (another store) has caught up with an order's events.")]
public sealed class OrderSync(string handler, bool delivered, DateTimeOffset? deliveredAt, int attempts, string? lastError)
{
    [GraphQLDescription("The handler's name, e.g. recommendations.")]
    public string Handler { get; } = handler;

    [GraphQLDescription("True when the handler has been delivered every event of the order.")]
    public bool Delivered { get; } = delivered;

    [GraphQLDescription("When the last of them was delivered (null until all are).")]
    public DateTimeOffset? DeliveredAt { get; } = deliveredAt;

    [GraphQLDescription("Delivery attempts over the order's events, failed ones included.")]
    public int Attempts { get; } = attempts;

    [GraphQLDescription("The last failure of an event not yet delivered.")]
    public string? LastError { get; } = lastError;
}
