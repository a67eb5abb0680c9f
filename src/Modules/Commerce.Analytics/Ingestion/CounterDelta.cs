namespace Commerce.Analytics;

/// <summary>The amounts one flush adds to a row of counters (many events of one product and day become one update).</summary>
internal sealed class CounterDelta
{
    public long Views { get; private set; }

    public long AddsToCart { get; private set; }

    public long Purchases { get; private set; }

    public long RevenueCents { get; private set; }

    public void Add(AnalyticsEvent e)
    {
        switch (e.Kind)
        {
            case AnalyticsEventKind.View:
                Views++;
                break;
            case AnalyticsEventKind.AddToCart:
                AddsToCart++;
                break;
            case AnalyticsEventKind.Purchase:
                Purchases++;
                RevenueCents += e.AmountCents;
                break;
        }
    }

    /// <summary>The values bound before the row's key, in the order of the counter UPDATE statements.</summary>
    public object?[] Values(params object?[] key) => [Views, AddsToCart, Purchases, RevenueCents, .. key];
}
