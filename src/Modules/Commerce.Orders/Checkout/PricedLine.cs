namespace Commerce.Orders;

/// <summary>A cart line priced from the catalog at checkout: what the order line will keep as its snapshot.</summary>
public sealed record PricedLine(string ProductId, string VariantSku, string Name, decimal UnitPrice, int Quantity)
{
    public decimal LineTotal => UnitPrice * Quantity;
}
