using Commerce.GraphQL;

namespace Commerce.Orders;

[GraphQLDescription("Units on hand of one SKU.")]
public sealed class StockLevel
{
    public string Sku { get; set; } = "";

    public int Quantity { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
