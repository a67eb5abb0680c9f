namespace Commerce.Recommendations.Feeding;

/// <summary>What the view feed has done since start-up (monitoring, and tests).</summary>
public sealed class ViewFeedStatistics
{
    private long _enqueued;
    private long _droppedQueueFull;
    private long _written;
    private long _droppedBatches;
    private long _droppedViews;

    public long Enqueued => Interlocked.Read(ref _enqueued);

    /// <summary>Views pushed out of a full queue (the oldest go first).</summary>
    public long DroppedQueueFull => Interlocked.Read(ref _droppedQueueFull);

    /// <summary>Views whose batch reached Neo4j.</summary>
    public long Written => Interlocked.Read(ref _written);

    /// <summary>Batches given up after every attempt failed (or the host stopped waiting for them).</summary>
    public long DroppedBatches => Interlocked.Read(ref _droppedBatches);

    /// <summary>Views in those batches.</summary>
    public long DroppedViews => Interlocked.Read(ref _droppedViews);

    internal void OnEnqueued() => Interlocked.Increment(ref _enqueued);

    internal void OnDroppedQueueFull() => Interlocked.Increment(ref _droppedQueueFull);

    internal void OnWritten(long views) => Interlocked.Add(ref _written, views);

    internal void OnDroppedBatch(long views)
    {
        Interlocked.Increment(ref _droppedBatches);
        Interlocked.Add(ref _droppedViews, views);
    }
}
