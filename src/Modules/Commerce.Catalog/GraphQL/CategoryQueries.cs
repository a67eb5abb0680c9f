using Commerce.GraphQL;
using Commerce.GraphQL.Execution;

namespace Commerce.Catalog;

[QueryType]
public sealed class CategoryQueries
{
    [GraphQLDescription("The root categories; each holds its children, down to the leaves.")]
    public Task<IReadOnlyList<Category>> GetCategoriesAsync(IResolverContext context, [Service] CategoryTree tree) =>
        tree.RootsAsync(context.RequestAborted);
}
