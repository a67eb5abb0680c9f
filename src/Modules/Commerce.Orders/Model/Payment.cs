using Commerce.GraphQL;

namespace Commerce.Orders;

[GraphQLDescription("A payment of an order through a payment gateway.")]
public sealed class Payment
{
    [ID]
    public Guid Id { get; set; }

    [GraphQLIgnore]
    public Guid OrderId { get; set; }

    public string Method { get; set; } = "";

    public string Gateway { get; set; } = "";

    public string GatewayTransactionId { get; set; } = "";

    [GraphQLDescription("The authorized amount.")]
    public decimal Amount { get; set; }

    public decimal CapturedAmount { get; set; }

    public decimal RefundedAmount { get; set; }

    public string Currency { get; set; } = "";

    public PaymentStatus Status { get; set; }

    [GraphQLIgnore]
    public string IdempotencyKey { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
