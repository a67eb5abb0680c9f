namespace Commerce.Orders;

/// <summary>The <c>extensions.code</c> values of the orders module's errors.</summary>
public static class OrderErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string OutOfStock = "OUT_OF_STOCK";
    public const string PaymentDeclined = "PAYMENT_DECLINED";
    public const string PaymentUnavailable = "PAYMENT_UNAVAILABLE";
    public const string CartEmpty = "CART_EMPTY";
    public const string InvalidState = "INVALID_STATE";
    public const string RefundExceedsCapture = "REFUND_EXCEEDS_CAPTURE";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
}
