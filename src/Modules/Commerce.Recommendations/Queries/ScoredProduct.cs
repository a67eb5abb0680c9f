namespace Commerce.Recommendations.Queries;

/// <summary>A product id the graph recommends, how strongly, and why in words.</summary>
public sealed record ScoredProduct(string ProductId, int Score, string Reason);
