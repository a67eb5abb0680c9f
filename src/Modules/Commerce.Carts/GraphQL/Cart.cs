using Commerce.GraphQL;

namespace Commerce.Carts;

[GraphQLDescription("A shopping cart. Prices are the catalog's current prices, never stored in the cart.")]
public sealed class Cart(CartSnapshot snapshot)
{
    [GraphQLIgnore]
    public CartSnapshot Snapshot { get; } = snapshot;

    [ID]
    [GraphQLDescription("Unguessable; a guest keeps it to reach the cart again and passes it to `login(cartId:)` to merge.")]
    public string Id => Snapshot.Id;

    public string Currency => Snapshot.Currency;

    [GraphQLDescription("Lines by product id, then variant SKU.")]
    public List<CartLine> Lines => Snapshot.Lines.Select(l => new CartLine(l.ProductId, l.VariantSku, l.Quantity)).ToList();

    [GraphQLDescription("The number of items: the sum of the quantities.")]
    public int ItemCount => Snapshot.Lines.Sum(l => l.Quantity);

    public DateTimeOffset CreatedAt => Snapshot.CreatedAt;

    public DateTimeOffset UpdatedAt => Snapshot.UpdatedAt;
}

[GraphQLDescription("A product variant in a cart and how many of it.")]
public sealed record CartLine([property: ID] string ProductId, string VariantSku, int Quantity);
