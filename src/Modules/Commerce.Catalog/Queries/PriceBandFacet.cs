using Commerce.GraphQL;

namespace Commerce.Catalog;

[GraphQLDescription("How many products of a listing cost at least min and less than max (no max: no upper bound).")]
public sealed record PriceBandFacet(decimal Min, decimal? Max, int Count);
