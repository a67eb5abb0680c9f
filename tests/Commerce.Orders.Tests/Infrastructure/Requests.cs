namespace Commerce.Orders.Tests.Infrastructure;

/// <summary>Checkout requests for the transactional core.</summary>
public static class Requests
{
    public static readonly Address Home = new() { Name = "Ada Lovelace", Line1 = "12 St James's Square", City = "London", PostalCode = "SW1Y 4JH", Country = "GB" };

    public static PlaceOrderRequest Place(Guid customer, string key, string token, params PricedLine[] lines) =>
        new(customer, lines, "EUR", Home, Home, "card", token, key);

    public static PricedLine Line(string sku, decimal price, int quantity = 1) => new("p-" + sku, sku, "Product " + sku, price, quantity);
}
