namespace Commerce.Analytics;

/// <summary>What ingestion has done since start-up; read by the load test and for monitoring.</summary>
public sealed class IngestionStatistics
{
    private long _enqueued;
    private long _droppedViews;
    private long _droppedAddsToCart;
    private long _written;
    private long _failed;
    private long _ordersCounted;
    private long _ordersRepeated;
    private long _flushes;

    public long Enqueued => Interlocked.Read(ref _enqueued);

    /// <summary>Views dropped because the view queue was full (the oldest go first).</summary>
    public long DroppedViews => Interlocked.Read(ref _droppedViews);

    /// <summary>Cart additions from requests not recorded because their queue was full (or ingestion had stopped).</summary>
    public long DroppedAddsToCart => Interlocked.Read(ref _droppedAddsToCart);

    /// <summary>Raw events written (orders count one event per line).</summary>
    public long Written => Interlocked.Read(ref _written);

    /// <summary>Events given up after every attempt failed.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    public long OrdersCounted => Interlocked.Read(ref _ordersCounted);

    /// <summary>Orders delivered again after they were counted, and not counted again.</summary>
    public long OrdersRepeated => Interlocked.Read(ref _ordersRepeated);

    public long Flushes => Interlocked.Read(ref _flushes);

    internal void OnEnqueued() => Interlocked.Increment(ref _enqueued);

    internal void OnDroppedView() => Interlocked.Increment(ref _droppedViews);

    internal void OnDroppedAddToCart() => Interlocked.Increment(ref _droppedAddsToCart);

    internal void OnWritten(long count) => Interlocked.Add(ref _written, count);

    internal void OnFailed(long count) => Interlocked.Add(ref _failed, count);

    internal void OnOrderCounted() => Interlocked.Increment(ref _ordersCounted);

    internal void OnOrderRepeated() => Interlocked.Increment(ref _ordersRepeated);

    internal void OnFlush() => Interlocked.Increment(ref _flushes);
}
