namespace Commerce.Orders;

/// <summary>
/// The amounts of an order. Tax, shipping and discounts are not modelled yet (zero), but the columns and the
/// CHECK (total = subtotal + tax + shipping - discount) are in place for them.
/// </summary>
public sealed record OrderTotals(decimal Subtotal, decimal Tax, decimal Shipping, decimal Discount)
{
    public decimal Total => Subtotal + Tax + Shipping - Discount;

    public static OrderTotals Of(IEnumerable<PricedLine> lines) => new(lines.Sum(l => l.LineTotal), 0m, 0m, 0m);
}
