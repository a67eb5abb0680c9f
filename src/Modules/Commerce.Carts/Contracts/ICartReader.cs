namespace Commerce.Carts;

/// <summary>
/// What other modules (checkout in the orders module) may do with a cart: read its lines and clear it.
/// Prices are deliberately not here: a cart holds quantities only, and checkout prices each line from the
/// catalog at that moment. Registered by <c>services.AddCarts(...)</c> as a singleton.
/// </summary>
public interface ICartReader
{
    /// <summary>The cart with its lines in a stable order (product id, then variant SKU); null when it does not exist or has expired.</summary>
    Task<CartSnapshot?> GetCartAsync(string cartId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes every line (the cart itself stays, empty). Returns false when the cart does not exist.
    /// When <paramref name="expectedVersion"/> is given, clears only if the cart is still at that version
    /// (so lines added between reading and clearing are not lost) and returns false otherwise.
    /// </summary>
    Task<bool> ClearCartAsync(string cartId, long? expectedVersion = null, CancellationToken cancellationToken = default);
}

/// <summary>
/// A cart as read at one moment. <see cref="OwnerUserId"/> is null for a guest cart; callers must check it
/// against the signed-in user. <see cref="Version"/> grows with every write to the cart.
/// </summary>
public sealed record CartSnapshot(
    string Id,
    Guid? OwnerUserId,
    string Currency,
    IReadOnlyList<CartLineItem> Lines,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>One line: a product's variant and how many of it (1 to 99).</summary>
public sealed record CartLineItem(string ProductId, string VariantSku, int Quantity);
