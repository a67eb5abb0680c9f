using Commerce.Catalog;
using Commerce.GraphQL;
using Commerce.GraphQL.DataLoader;
using Commerce.GraphQL.Execution;

namespace Commerce.Analytics;

[ExtendObjectType(typeof(Product))]
public sealed class ProductStatsExtensions
{
    [GraphQLDescription("The product's daily analytics from..to (admin and marketing roles; all listed products in one Cassandra query).")]
    public async Task<IReadOnlyList<ProductDayStats>?> GetStatsAsync([Parent] Product product, DateOnly from, DateOnly to, IResolverContext context, [Service] AnalyticsOptions options)
    {
        AnalyticsAccess.Require(context);
        var range = DateRange.Checked(from, to, options.MaxRangeDays);
        return await context.DataLoader<ProductStatsDataLoader>().LoadAsync(new ProductStatsKey(product.Id, range), context.RequestAborted);
    }
}
