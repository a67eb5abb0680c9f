namespace Commerce.Analytics;

/// <summary>One row of counters as stored; a day with no events reads as zeros.</summary>
public sealed record DayCounters(DateOnly Day, long Views, long AddsToCart, long Purchases, long RevenueCents)
{
    public static DayCounters Zero(DateOnly day) => new(day, 0, 0, 0, 0);

    public long Metric(ProductMetric metric) => metric switch
    {
        ProductMetric.Views => Views,
        ProductMetric.AddsToCart => AddsToCart,
        ProductMetric.Purchases => Purchases,
        _ => RevenueCents,
    };
}
