namespace Commerce.Recommendations.GraphQL;

/// <summary>A product and how many recommendations its field asked for.</summary>
public readonly record struct ProductRecommendationKey(string ProductId, int First);
