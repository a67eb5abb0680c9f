namespace Commerce.Orders;

public enum OrderStatus
{
    Pending,
    Paid,
    Fulfilled,
    Cancelled,
    Refunded,
}
