using Commerce.GraphQL;

namespace Commerce.Orders;

public sealed class CheckoutInput
{
    [ID]
    public string CartId { get; init; } = "";

    public AddressInput ShippingAddress { get; init; } = new();

    public AddressInput BillingAddress { get; init; } = new();

    public PaymentInput Payment { get; init; } = new();

    [GraphQLDescription("Any unique string per checkout attempt; sending it again returns the same order.")]
    public string IdempotencyKey { get; init; } = "";
}

public sealed class PaymentInput
{
    [GraphQLDescription("e.g. card")]
    public string Method { get; init; } = "";

    [GraphQLDescription("The processor's payment token (test mode: tok_approve, tok_decline, tok_transient).")]
    public string Token { get; init; } = "";
}
