using Commerce.GraphQL;

namespace Commerce.Orders;

[GraphQLDescription("Money given back on a captured payment.")]
public sealed class Refund
{
    [ID]
    public Guid Id { get; set; }

    [ID]
    public Guid PaymentId { get; set; }

    [GraphQLIgnore]
    public Guid OrderId { get; set; }

    public decimal Amount { get; set; }

    public string Currency { get; set; } = "";

    public string? Reason { get; set; }

    public string GatewayTransactionId { get; set; } = "";

    [GraphQLIgnore]
    public string? IdempotencyKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
