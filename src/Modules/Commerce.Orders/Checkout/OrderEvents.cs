namespace Commerce.Orders;

/// <summary>The payloads of the order events (camelCase JSON in the outbox).</summary>
internal static class OrderEvents
{
    public static object Placed(Order order, IEnumerable<PricedLine> lines) => new
    {
        orderId = order.Id,
        order.Number,
        order.CustomerId,
        order.Total,
        order.Currency,
        order.CreatedAt,
        lines = lines.Select(l => new { l.ProductId, l.VariantSku, l.Quantity, l.UnitPrice }).ToList(),
    };

    public static object Paid(Order order, Payment payment) => new { orderId = order.Id, order.Number, order.CustomerId, amount = payment.CapturedAmount, payment.Currency };

    public static object Cancelled(Order order, IEnumerable<OrderLine> lines) => new
    {
        orderId = order.Id,
        order.Number,
        order.CustomerId,
        lines = lines.Select(l => new { l.ProductId, l.VariantSku, l.Quantity }).ToList(),
    };

    public static object Refunded(Order order, Refund refund) => new { orderId = order.Id, order.Number, order.CustomerId, refundId = refund.Id, refund.Amount, refund.Currency };

    public static object StockChanged(string sku, int delta, int quantity, string reason) => new { sku, delta, quantity, reason };
}
