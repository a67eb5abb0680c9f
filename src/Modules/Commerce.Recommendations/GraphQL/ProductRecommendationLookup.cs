using Commerce.Recommendations.Queries;

namespace Commerce.Recommendations.GraphQL;

internal static class ProductRecommendationLookup
{
    /// <summary>One group per key: the product's answer cut to that key's <c>first</c> (the query fetched the largest).</summary>
    public static ILookup<ProductRecommendationKey, ScoredProduct> Build(IReadOnlyList<ProductRecommendationKey> keys, Dictionary<string, List<ScoredProduct>> found) =>
        keys.Distinct()
            .SelectMany(key => (found.TryGetValue(key.ProductId, out var list) ? list : [])
                .Take(key.First)
                .Select(s => (Key: key, Value: s)))
            .ToLookup(pair => pair.Key, pair => pair.Value);
}
