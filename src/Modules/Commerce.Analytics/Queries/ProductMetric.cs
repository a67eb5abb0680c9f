using Commerce.GraphQL;

namespace Commerce.Analytics;

[GraphQLDescription("What topProducts ranks by.")]
public enum ProductMetric
{
    Views,
    AddsToCart,
    Purchases,
    Revenue,
}
