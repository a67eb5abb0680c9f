using Commerce.GraphQL;
using Commerce.GraphQL.DataLoader;
using Commerce.GraphQL.Execution;

namespace Commerce.Catalog.Tests.Infrastructure;

/// <summary>A test-only stand-in for other modules' objects that point at products (cart lines, order lines).</summary>
public sealed record ProductRef(string ProductId);

[QueryType]
public sealed class ProductRefQueries
{
    public List<ProductRef> ProductRefs(List<string> ids) => ids.Select(id => new ProductRef(id)).ToList();
}

[ExtendObjectType(typeof(ProductRef))]
public sealed class ProductRefExtensions
{
    public Task<Product?> GetProductAsync([Parent] ProductRef reference, IResolverContext context) =>
        context.DataLoader<ProductByIdDataLoader>().LoadAsync(reference.ProductId, context.RequestAborted);
}
