namespace Commerce.Catalog;

/// <summary>What the product cache did since start-up; read by health checks and tests.</summary>
public sealed class ProductCacheCounters
{
    private long _hits;
    private long _misses;
    private long _unreadable;
    private long _fallbacks;
    private long _failedInvalidations;

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Stored values that could not be read back (counted among the misses too).</summary>
    public long Unreadable => Interlocked.Read(ref _unreadable);

    /// <summary>Cache calls that failed or were skipped because Redis was unreachable or slow; MongoDB answered.</summary>
    public long Fallbacks => Interlocked.Read(ref _fallbacks);

    /// <summary>Invalidations that could not reach Redis: the old product may be served until its TTL ends.</summary>
    public long FailedInvalidations => Interlocked.Read(ref _failedInvalidations);

    internal void Hit(long count) => Interlocked.Add(ref _hits, count);

    internal void Miss(long count) => Interlocked.Add(ref _misses, count);

    internal void UnreadableValue() => Interlocked.Increment(ref _unreadable);

    internal void Fallback() => Interlocked.Increment(ref _fallbacks);

    internal void FailedInvalidation() => Interlocked.Increment(ref _failedInvalidations);
}
