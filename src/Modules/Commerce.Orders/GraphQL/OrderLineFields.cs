using Commerce.Catalog;
using Commerce.GraphQL;
using Commerce.GraphQL.DataLoader;
using Commerce.GraphQL.Execution;

namespace Commerce.Orders;

[ExtendObjectType(typeof(OrderLine))]
public sealed class OrderLineFields
{
    [GraphQLDescription("The product as it is now in the catalog (null when it was deleted); the line keeps name and price as sold.")]
    public Task<Product?> GetProductAsync([Parent] OrderLine line, IResolverContext context) =>
        context.DataLoader<ProductByIdDataLoader>().LoadAsync(line.ProductId, context.RequestAborted);
}
