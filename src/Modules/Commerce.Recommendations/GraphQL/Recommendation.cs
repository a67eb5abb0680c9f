using Commerce.GraphQL;

namespace Commerce.Recommendations.GraphQL;

/// <summary>A recommended product with its score and the reason, in words, it was recommended.</summary>
[GraphQLDescription("A recommended product, how strongly it is recommended, and why.")]
public sealed class Recommendation(string productId, int score, string reason)
{
    [GraphQLIgnore]
    public string ProductId { get; } = productId;

    [GraphQLDescription("Higher is stronger; what it counts depends on the field (orders, customers, units sold, shared categories).")]
    public int Score { get; } = score;

    public string Reason { get; } = reason;

    internal static IReadOnlyList<Recommendation> From(IEnumerable<Queries.ScoredProduct> scored) =>
        scored.Select(s => new Recommendation(s.ProductId, s.Score, s.Reason)).ToList();
}
