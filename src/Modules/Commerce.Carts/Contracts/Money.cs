using Commerce.GraphQL;

namespace Commerce.Carts;

[GraphQLDescription("An amount of money in one currency.")]
public sealed record Money(
    decimal Amount,
    [property: GraphQLDescription("ISO 4217 code, e.g. EUR.")] string Currency);
