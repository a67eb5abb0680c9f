using Commerce.Catalog;
using Commerce.GraphQL;
using Commerce.GraphQL.DataLoader;
using Commerce.GraphQL.Execution;

namespace Commerce.Recommendations.GraphQL;

/// <summary>The recommended product itself, through the catalog's batched loader: one MongoDB round trip a level.</summary>
[ExtendObjectType(typeof(Recommendation))]
public sealed class RecommendationExtensions
{
    [GraphQLDescription("The product; null when the catalog no longer shows it.")]
    public async Task<Product?> GetProductAsync([Parent] Recommendation recommendation, IResolverContext context) =>
        CatalogAccess.VisibleProduct(context, await context.DataLoader<ProductByIdDataLoader>().LoadAsync(recommendation.ProductId, context.RequestAborted));
}
