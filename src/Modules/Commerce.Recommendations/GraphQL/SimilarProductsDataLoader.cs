using Commerce.GraphQL.DataLoader;
using Commerce.Recommendations.Queries;

namespace Commerce.Recommendations.GraphQL;

/// <summary>Similar products of every product of one execution step in ONE Neo4j query.</summary>
public sealed class SimilarProductsDataLoader(RecommendationReader reader, DataLoaderOptions? options = null)
    : GroupedDataLoader<ProductRecommendationKey, ScoredProduct>(options)
{
    protected override async Task<ILookup<ProductRecommendationKey, ScoredProduct>> LoadGroupedBatchAsync(IReadOnlyList<ProductRecommendationKey> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Select(k => k.ProductId).Distinct(StringComparer.Ordinal).ToList();
        var found = await GraphStoreGuard.RunAsync(() => reader.SimilarAsync(ids, keys.Max(k => k.First), cancellationToken));
        return ProductRecommendationLookup.Build(keys, found);
    }
}
