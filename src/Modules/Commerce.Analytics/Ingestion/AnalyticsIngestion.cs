using System.Threading.Channels;

namespace Commerce.Analytics;

/// <summary>
/// The front door of ingestion: two bounded in-process queues that the flusher empties in batches.
/// <para>
/// Backpressure differs by what is at stake. Product views are recorded on the path of a product query and are
/// many and individually worthless: <see cref="RecordProductView"/> never waits, and when its queue is full the
/// OLDEST view is dropped and counted (<see cref="IngestionStatistics.DroppedViews"/>), so a slow Cassandra never
/// slows the catalog. Cart additions and orders are few and are money: their writers WAIT for room, and an order's
/// sender (the outbox) also waits until a flush has counted it, so the outbox only marks it delivered once it is in
/// Cassandra.
/// </para>
/// </summary>
public sealed class AnalyticsIngestion
{
    private readonly Channel<AnalyticsEvent> _views;
    private readonly Channel<object> _events;
    private readonly TimeProvider _time;

    public AnalyticsIngestion(AnalyticsOptions options, TimeProvider time)
    {
        _time = time;
        Statistics = new IngestionStatistics();
        _views = Channel.CreateBounded<AnalyticsEvent>(
            new BoundedChannelOptions(options.ViewQueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest },
            _ => Statistics.OnDroppedView());
        _events = Channel.CreateBounded<object>(
            new BoundedChannelOptions(options.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });
    }

    public IngestionStatistics Statistics { get; }

    /// <summary>Events waiting in both queues (for monitoring, and for producers that want to pace themselves).</summary>
    public int QueueDepth => _views.Reader.Count + _events.Reader.Count;

    internal ChannelReader<AnalyticsEvent> Views => _views.Reader;

    /// <summary>Cart additions (<see cref="AnalyticsEvent"/>) and orders (<see cref="PendingOrder"/>).</summary>
    internal ChannelReader<object> Events => _events.Reader;

    /// <summary>Records that a product was shown; false once ingestion has stopped.</summary>
    public bool RecordProductView(string productId, string? customerId = null, string? sessionId = null) =>
        RecordProductView(productId, customerId, sessionId, _time.GetUtcNow());

    /// <summary>Records that a product was shown at <paramref name="at"/>; false once ingestion has stopped.</summary>
    public bool RecordProductView(string productId, string? customerId, string? sessionId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrEmpty(productId);
        var accepted = _views.Writer.TryWrite(new AnalyticsEvent(AnalyticsEventKind.View, productId, OrNull(customerId), OrNull(sessionId), at));
        if (accepted)
        {
            Statistics.OnEnqueued();
        }

        return accepted;
    }

    /// <summary>Records a cart addition, waiting for room in the queue when it is full.</summary>
    public async ValueTask RecordAddToCartAsync(string productId, int quantity, string? customerId = null, string? sessionId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(productId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        await WriteAsync(new AnalyticsEvent(AnalyticsEventKind.AddToCart, productId, OrNull(customerId), OrNull(sessionId), _time.GetUtcNow(), quantity), cancellationToken);
    }

    /// <summary>
    /// Records a cart addition without waiting: for callers on a request's path. False, and counted in
    /// <see cref="IngestionStatistics.DroppedAddsToCart"/>, when the queue is full or ingestion has stopped.
    /// </summary>
    public bool TryRecordAddToCart(string productId, int quantity, string? customerId, string? sessionId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrEmpty(productId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        if (!_events.Writer.TryWrite(new AnalyticsEvent(AnalyticsEventKind.AddToCart, productId, OrNull(customerId), OrNull(sessionId), at, quantity)))
        {
            Statistics.OnDroppedAddToCart();
            return false;
        }

        Statistics.OnEnqueued();
        return true;
    }

    /// <summary>
    /// Queues a placed order and completes once a flush has handled it: true when this delivery counted it, false
    /// when it had been counted before. Throws when it could not be written (the outbox then delivers it again).
    /// </summary>
    public async Task<bool> RecordOrderAsync(OrderPlacedEvent order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentException.ThrowIfNullOrEmpty(order.OrderId);
        var pending = new PendingOrder(order);
        await WriteAsync(pending, cancellationToken);
        return await pending.Counted.Task.WaitAsync(cancellationToken);
    }

    /// <summary>No more events; the flusher drains what is queued and stops.</summary>
    internal void Complete()
    {
        _views.Writer.TryComplete();
        _events.Writer.TryComplete();
    }

    // Cassandra refuses an empty partition key: an empty customer id means a guest.
    private static string? OrNull(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private async ValueTask WriteAsync(object item, CancellationToken cancellationToken)
    {
        try
        {
            await _events.Writer.WriteAsync(item, cancellationToken);
        }
        catch (ChannelClosedException e)
        {
            throw new InvalidOperationException("Analytics ingestion has stopped.", e);
        }

        Statistics.OnEnqueued();
    }
}
