using Commerce.GraphQL.DataLoader;
using Commerce.Recommendations.Queries;

namespace Commerce.Recommendations.GraphQL;

/// <summary>Every product of one execution step in ONE Neo4j query (<c>UNWIND $ids</c>), each trimmed to its own <c>first</c>.</summary>
public sealed class FrequentlyBoughtTogetherDataLoader(RecommendationReader reader, DataLoaderOptions? options = null)
    : GroupedDataLoader<ProductRecommendationKey, ScoredProduct>(options)
{
    protected override async Task<ILookup<ProductRecommendationKey, ScoredProduct>> LoadGroupedBatchAsync(IReadOnlyList<ProductRecommendationKey> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Select(k => k.ProductId).Distinct(StringComparer.Ordinal).ToList();
        var found = await GraphStoreGuard.RunAsync(() => reader.FrequentlyBoughtTogetherAsync(ids, keys.Max(k => k.First), cancellationToken));
        return ProductRecommendationLookup.Build(keys, found);
    }
}
