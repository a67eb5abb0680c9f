using Commerce.Catalog;
using Commerce.GraphQL;
using Commerce.GraphQL.DataLoader;
using Commerce.GraphQL.Execution;

namespace Commerce.Orders;

[ExtendObjectType(typeof(Product))]
public sealed class ProductStockFields
{
    [GraphQLDescription("Units on hand over all of the product's SKUs (from PostgreSQL).")]
    public async Task<int> GetStockAsync([Parent] Product product, IResolverContext context)
    {
        var levels = await context.DataLoader<StockBySkuDataLoader>().LoadAsync(ProductSkus.Of(product).ToList(), context.RequestAborted);
        return levels.Sum();
    }

    [GraphQLDescription("True when at least one unit of any of its SKUs is on hand.")]
    public async Task<bool> GetInStockAsync([Parent] Product product, IResolverContext context) =>
        await GetStockAsync(product, context) > 0;
}
