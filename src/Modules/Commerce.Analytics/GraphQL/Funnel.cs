using Commerce.GraphQL;

namespace Commerce.Analytics;

[GraphQLDescription("How many product views, cart additions and purchases (orders per product) a period saw.")]
public sealed record Funnel(long Views, long AddsToCart, long Purchases);
