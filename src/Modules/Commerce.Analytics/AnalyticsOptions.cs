namespace Commerce.Analytics;

/// <summary>Where the analytics live in Cassandra and how ingestion buffers and flushes.</summary>
public sealed class AnalyticsOptions
{
    public const string DefaultConnectionString = "Contact Points=127.0.0.1;Port=19042";

    public string ConnectionString { get; init; } = DefaultConnectionString;

    /// <summary>Keyspace of the analytics tables; created at start-up (SimpleStrategy) when missing.</summary>
    public string Keyspace { get; init; } = "commerce_analytics";

    public int ReplicationFactor { get; init; } = 1;

    /// <summary>Raw events expire after this long; the daily counters are kept.</summary>
    public TimeSpan EventTimeToLive { get; init; } = TimeSpan.FromDays(90);

    /// <summary>
    /// Record product views (<c>product</c>, <c>productBySlug</c>) and cart additions (<c>addCartLine</c>) of the
    /// requests this host serves; configuration key <c>Analytics:RecordRequests</c>.
    /// </summary>
    public bool RecordRequests { get; init; } = true;

    /// <summary>Capacity of the queue of cart additions and orders (writers wait when it is full).</summary>
    public int QueueCapacity { get; init; } = 10_000;

    /// <summary>Capacity of the queue of product views (the oldest view is dropped when it is full).</summary>
    public int ViewQueueCapacity { get; init; } = 50_000;

    /// <summary>How long the flusher lets events gather after the first one arrives, unless a full batch is waiting.</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Most events taken off the queues for one flush.</summary>
    public int MaxEventsPerFlush { get; init; } = 5_000;

    /// <summary>Most statements in one batch (Cassandra warns about large batches).</summary>
    public int MaxStatementsPerBatch { get; init; } = 50;

    /// <summary>Most CQL requests of one flush in flight at once.</summary>
    public int MaxConcurrentWrites { get; init; } = 32;

    /// <summary>Attempts per write before the flusher gives it up (with the store down at shutdown, say).</summary>
    public int WriteAttempts { get; init; } = 5;

    /// <summary>Longest date range a query may ask for, in days, both ends included.</summary>
    public int MaxRangeDays { get; init; } = 92;

    /// <summary>Keyspace names are identifiers pasted into DDL, never values: refuse anything but [a-z0-9_].</summary>
    internal string CheckedKeyspace()
    {
        if (Keyspace.Length is 0 or > 48 || !Keyspace.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_') || !char.IsAsciiLetterLower(Keyspace[0]))
        {
            throw new ArgumentException($"Analytics keyspace '{Keyspace}' must be 1-48 characters of a-z, 0-9 and _, starting with a letter.");
        }

        return Keyspace;
    }
}
