using Commerce.Catalog;
using Commerce.GraphQL.DataLoader;
using Commerce.GraphQL.Execution;
using Commerce.Recommendations.Queries;

namespace Commerce.Recommendations.GraphQL;

/// <summary>
/// Turns scored ids into recommendations with their products, through the catalog's batched loader. The products
/// are loaded here, by the recommendation field itself, with all its ids queued at once: every recommendation
/// field of one level resumes in the same execution step, so they all share ONE MongoDB round trip (loading in a
/// <c>Recommendation.product</c> resolver instead lets list items resume in different steps and split the batch).
/// Products the catalog no longer shows (deleted, drafts for non-admins) are left out.
/// </summary>
internal static class RecommendedProducts
{
    public static async Task<IReadOnlyList<Recommendation>> ResolveAsync(IResolverContext context, IReadOnlyList<ScoredProduct> scored)
    {
        if (scored.Count == 0)
        {
            return [];
        }

        var products = await context.DataLoader<ProductByIdDataLoader>().LoadAsync(scored.Select(s => s.ProductId).ToList(), context.RequestAborted);
        var recommendations = new List<Recommendation>(scored.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            if (CatalogAccess.VisibleProduct(context, products[i]) is { } product)
            {
                recommendations.Add(new Recommendation(product, scored[i].Score, scored[i].Reason));
            }
        }

        return recommendations;
    }
}
