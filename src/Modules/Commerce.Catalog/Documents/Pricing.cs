using Commerce.GraphQL;

namespace Commerce.Catalog;

[GraphQLDescription("The price of a product in one currency.")]
public sealed class Pricing
{
    public decimal Price { get; init; }

    [GraphQLDescription("The former or list price shown struck through, when the product is on sale.")]
    public decimal? CompareAtPrice { get; init; }

    [GraphQLDescription("ISO 4217 currency code, e.g. EUR.")]
    public string Currency { get; init; } = "";
}
