namespace Commerce.Orders;

/// <summary>One change of a stock level (the ledger): why, by how much, and for which order.</summary>
public sealed class StockMovement
{
    public long Id { get; set; }

    public string Sku { get; set; } = "";

    public int Delta { get; set; }

    public string Reason { get; set; } = "";

    public Guid? OrderId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
