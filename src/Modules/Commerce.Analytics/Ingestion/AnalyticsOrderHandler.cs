namespace Commerce.Analytics;

/// <summary>
/// Feeds placed orders from the orders module's outbox into analytics. Delivery is at least once; the order is
/// counted once (see <see cref="AnalyticsIngestion.RecordOrderAsync"/>). Returns only when the order is in Cassandra,
/// so a failure leaves the outbox row to be delivered again.
/// </summary>
public sealed class AnalyticsOrderHandler(AnalyticsIngestion ingestion)
{
    /// <summary>True when this delivery counted the order, false when an earlier one had.</summary>
    public Task<bool> HandleAsync(OrderPlacedEvent order, CancellationToken cancellationToken = default) =>
        ingestion.RecordOrderAsync(order, cancellationToken);
}
