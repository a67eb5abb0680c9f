using Commerce.Catalog;
using Commerce.GraphQL;

namespace Commerce.Recommendations.GraphQL;

/// <summary>A recommended product with its score and the reason, in words, it was recommended.</summary>
[GraphQLDescription("A recommended product, how strongly it is recommended, and why.")]
public sealed class Recommendation(Product product, int score, string reason)
{
    public Product Product { get; } = product;

    [GraphQLDescription("Higher is stronger; what it counts depends on the field (orders, customers, units sold, shared categories and viewers).")]
    public int Score { get; } = score;

    public string Reason { get; } = reason;
}
