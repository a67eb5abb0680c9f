using Commerce.GraphQL;

namespace Commerce.Orders;

[GraphQLDescription("A postal address as given at checkout.")]
public sealed class Address
{
    public string Name { get; init; } = "";

    public string Line1 { get; init; } = "";

    public string? Line2 { get; init; }

    public string City { get; init; } = "";

    public string PostalCode { get; init; } = "";

    [GraphQLDescription("ISO 3166-1 alpha-2 country code.")]
    public string Country { get; init; } = "";
}
