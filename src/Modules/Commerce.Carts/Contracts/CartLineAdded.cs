namespace Commerce.Carts;

/// <summary>
/// Quantity added to a cart line, after Redis stored it. <see cref="CustomerId"/> is the signed-in user's id ("D"
/// format), null for a guest; <see cref="CartId"/> is a capability for a guest cart, so listeners must not publish it.
/// </summary>
public sealed record CartLineAdded(string CartId, string? CustomerId, string ProductId, string VariantSku, int Quantity, DateTimeOffset At);
