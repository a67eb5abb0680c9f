using Commerce.GraphQL;
using Commerce.GraphQL.DataLoader;
using Commerce.GraphQL.Execution;

namespace Commerce.Analytics;

/// <summary>
/// The analytics queries. Each field is nullable so that a Cassandra outage fails only that field
/// (STORE_UNAVAILABLE); date ranges are checked (INVALID_DATE_RANGE, DATE_RANGE_TOO_LONG).
/// </summary>
[GraphQLName("Analytics")]
public sealed class AnalyticsView
{
    public const int MaxFirst = 100;

    internal static AnalyticsView Instance { get; } = new();

    [GraphQLDescription("A product's counters for every day from..to (both included, zeros on quiet days).")]
    public async Task<IReadOnlyList<ProductDayStats>?> GetProductStatsAsync([ID] string productId, DateOnly from, DateOnly to, IResolverContext context, [Service] AnalyticsOptions options)
    {
        var range = DateRange.Checked(from, to, options.MaxRangeDays);
        return await context.DataLoader<ProductStatsDataLoader>().LoadAsync(new ProductStatsKey(productId, range), context.RequestAborted);
    }

    [GraphQLDescription("The products with the highest score on a day (score 0 left out), best first; first is 1 to 100.")]
    public async Task<IReadOnlyList<TopProduct>?> GetTopProductsAsync(DateOnly day, IResolverContext context, [Service] AnalyticsReader reader, ProductMetric metric = ProductMetric.Views, int first = 10)
    {
        if (first is < 1 or > MaxFirst)
        {
            throw new GraphQLException($"\"first\" must be between 1 and {MaxFirst}.", ErrorCodes.BadUserInput);
        }

        var rows = await StoreFailures.GuardAsync(() => reader.DayAsync(day, context.RequestAborted));
        return rows
            .Select(r => (r.ProductId, Score: r.Counters.Metric(metric)))
            .Where(r => r.Score > 0)
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.ProductId, StringComparer.Ordinal)
            .Take(first)
            .Select(r => new TopProduct(r.ProductId, metric == ProductMetric.Revenue ? Cents.ToMoney(r.Score) : r.Score))
            .ToList();
    }

    [GraphQLDescription("Views, cart additions and purchases of all products over from..to.")]
    public async Task<Funnel?> GetFunnelAsync(DateOnly from, DateOnly to, IResolverContext context, [Service] AnalyticsReader reader, [Service] AnalyticsOptions options)
    {
        var range = DateRange.Checked(from, to, options.MaxRangeDays);
        var days = await StoreFailures.GuardAsync(() => reader.TotalsAsync(range.From, range.To, context.RequestAborted));
        return new Funnel(days.Sum(d => d.Views), days.Sum(d => d.AddsToCart), days.Sum(d => d.Purchases));
    }

    [GraphQLDescription("Revenue of all products for every day from..to (zeros on quiet days).")]
    public async Task<IReadOnlyList<DayRevenue>?> GetRevenueByDayAsync(DateOnly from, DateOnly to, IResolverContext context, [Service] AnalyticsReader reader, [Service] AnalyticsOptions options)
    {
        var range = DateRange.Checked(from, to, options.MaxRangeDays);
        var days = await StoreFailures.GuardAsync(() => reader.TotalsAsync(range.From, range.To, context.RequestAborted));
        return days.Select(d => new DayRevenue(d.Day, Cents.ToMoney(d.RevenueCents))).ToList();
    }
}
