using Commerce.Catalog;
using Commerce.GraphQL;
using Commerce.GraphQL.DataLoader;
using Commerce.GraphQL.Execution;

namespace Commerce.Recommendations.GraphQL;

/// <summary>The recommendation graph's fields on the catalog's products; both are batched across a level.</summary>
[ExtendObjectType(typeof(Product))]
public sealed class ProductRecommendationExtensions
{
    [GraphQLDescription("Products most often in the same orders as this one (score = such orders); null when recommendations are unavailable.")]
    public async Task<IReadOnlyList<Recommendation>?> GetFrequentlyBoughtTogetherAsync([Parent] Product product, IResolverContext context, int first = 5)
    {
        var scored = await context.DataLoader<FrequentlyBoughtTogetherDataLoader>().LoadAsync(new ProductRecommendationKey(product.Id, FirstArgument.Check(first)), context.RequestAborted);
        return await RecommendedProducts.ResolveAsync(context, scored);
    }

    [GraphQLDescription("Products sharing categories and viewers with this one (score = shared categories + customers who viewed both).")]
    public async Task<IReadOnlyList<Recommendation>?> GetSimilarAsync([Parent] Product product, IResolverContext context, int first = 5)
    {
        var scored = await context.DataLoader<SimilarProductsDataLoader>().LoadAsync(new ProductRecommendationKey(product.Id, FirstArgument.Check(first)), context.RequestAborted);
        return await RecommendedProducts.ResolveAsync(context, scored);
    }
}
