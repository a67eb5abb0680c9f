namespace Commerce.Orders;

/// <summary>Input rules of checkout, checked before any store is touched.</summary>
public static class CheckoutValidation
{
    public const int MaxIdempotencyKeyLength = 200;

    public static void Validate(PlaceOrderRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.IdempotencyKey) || request.IdempotencyKey.Length > MaxIdempotencyKeyLength)
        {
            Fail($"idempotencyKey must be 1 to {MaxIdempotencyKeyLength} characters.");
        }

        if (request.Lines.Count == 0)
        {
            throw new OrderException("The cart is empty.", OrderErrorCodes.CartEmpty);
        }

        if (request.Lines.Any(l => l.Quantity <= 0 || l.UnitPrice < 0))
        {
            Fail("Every line needs a positive quantity and a price.");
        }

        if (request.Currency.Length != 3)
        {
            Fail("currency must be an ISO 4217 code.");
        }

        if (string.IsNullOrWhiteSpace(request.PaymentMethod) || string.IsNullOrWhiteSpace(request.PaymentToken))
        {
            Fail("payment needs a method and a token.");
        }

        ValidateAddress(request.ShippingAddress, "shippingAddress");
        ValidateAddress(request.BillingAddress, "billingAddress");
    }

    private static void ValidateAddress(Address address, string name)
    {
        if (string.IsNullOrWhiteSpace(address.Name) || string.IsNullOrWhiteSpace(address.Line1)
            || string.IsNullOrWhiteSpace(address.City) || string.IsNullOrWhiteSpace(address.PostalCode)
            || address.Country.Length != 2)
        {
            Fail($"{name} needs name, line1, city, postalCode and a two-letter country.");
        }
    }

    private static void Fail(string message) => throw new OrderException(message, OrderErrorCodes.ValidationFailed);
}
