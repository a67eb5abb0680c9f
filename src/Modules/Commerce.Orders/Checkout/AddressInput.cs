namespace Commerce.Orders;

public sealed class AddressInput
{
    public string Name { get; init; } = "";

    public string Line1 { get; init; } = "";

    public string? Line2 { get; init; }

    public string City { get; init; } = "";

    public string PostalCode { get; init; } = "";

    public string Country { get; init; } = "";

    public Address ToAddress() => new() { Name = Name.Trim(), Line1 = Line1.Trim(), Line2 = Line2?.Trim(), City = City.Trim(), PostalCode = PostalCode.Trim(), Country = Country.Trim().ToUpperInvariant() };
}
