using Commerce.GraphQL;

namespace Commerce.Analytics;

[GraphQLDescription("A product's counters on one day.")]
public sealed record ProductDayStats(DateOnly Day, long Views, long AddsToCart, long Purchases, decimal Revenue)
{
    [GraphQLDescription("Orders containing the product per view; null on a day without views.")]
    public double? ConversionRate => Views == 0 ? null : (double)Purchases / Views;

    public static ProductDayStats From(DayCounters c) => new(c.Day, c.Views, c.AddsToCart, c.Purchases, Cents.ToMoney(c.RevenueCents));
}
