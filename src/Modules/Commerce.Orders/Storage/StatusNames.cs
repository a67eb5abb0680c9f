namespace Commerce.Orders;

/// <summary>Statuses are stored as the lower-case words the CHECK constraints list.</summary>
internal static class StatusNames
{
    public static string Of(OrderStatus status) => status.ToString().ToLowerInvariant();

    public static OrderStatus OrderStatus(string name) => Enum.Parse<OrderStatus>(name, ignoreCase: true);

    public static string Of(PaymentStatus status) => status switch
    {
        Orders.PaymentStatus.PartiallyRefunded => "partially_refunded",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static PaymentStatus PaymentStatus(string name) =>
        name == "partially_refunded" ? Orders.PaymentStatus.PartiallyRefunded : Enum.Parse<PaymentStatus>(name, ignoreCase: true);
}
