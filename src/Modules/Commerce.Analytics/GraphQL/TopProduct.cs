using Commerce.Catalog;
using Commerce.GraphQL;
using Commerce.GraphQL.DataLoader;
using Commerce.GraphQL.Execution;

namespace Commerce.Analytics;

[GraphQLDescription("A product of a leaderboard and its score (a count, or money for REVENUE).")]
public sealed record TopProduct([property: ID] string ProductId, decimal Score)
{
    [GraphQLDescription("The catalog's product (all of a leaderboard's products in one catalog round trip); null when it no longer exists.")]
    public Task<Product?> GetProductAsync(IResolverContext context) =>
        context.DataLoader<ProductByIdDataLoader>().LoadAsync(ProductId, context.RequestAborted);
}
