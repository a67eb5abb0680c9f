namespace Commerce.Orders;

/// <summary>Everything the transactional part of checkout needs, once the cart has been read and priced.</summary>
public sealed record PlaceOrderRequest(
    Guid CustomerId,
    IReadOnlyList<PricedLine> Lines,
    string Currency,
    Address ShippingAddress,
    Address BillingAddress,
    string PaymentMethod,
    string PaymentToken,
    string IdempotencyKey);
