using Commerce.GraphQL.DataLoader;

namespace Commerce.Analytics;

/// <summary>Daily stats of every product asked for in one execution step: one Cassandra query per distinct date range.</summary>
public sealed class ProductStatsDataLoader(AnalyticsReader reader, DataLoaderOptions? options = null)
    : BatchDataLoader<ProductStatsKey, IReadOnlyList<ProductDayStats>>(options)
{
    protected override async Task<IReadOnlyDictionary<ProductStatsKey, IReadOnlyList<ProductDayStats>>> LoadBatchAsync(
        IReadOnlyList<ProductStatsKey> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<ProductStatsKey, IReadOnlyList<ProductDayStats>>();
        foreach (var range in keys.GroupBy(k => k.Range))
        {
            var byProduct = await StoreFailures.GuardAsync(
                () => reader.ProductDaysAsync(range.Select(k => k.ProductId).ToList(), range.Key.From, range.Key.To, cancellationToken));
            foreach (var key in range)
            {
                result[key] = byProduct[key.ProductId].Select(ProductDayStats.From).ToList();
            }
        }

        return result;
    }
}
