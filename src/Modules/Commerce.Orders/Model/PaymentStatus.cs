namespace Commerce.Orders;

public enum PaymentStatus
{
    Authorized,
    Captured,
    PartiallyRefunded,
    Refunded,
    Voided,
}
