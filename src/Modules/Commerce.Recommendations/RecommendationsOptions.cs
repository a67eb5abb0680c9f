namespace Commerce.Recommendations;

/// <summary>Where the recommendation graph lives: configuration key <c>ConnectionStrings:Neo4j</c>.</summary>
public sealed record RecommendationsOptions
{
    public const string DefaultConnectionString = "bolt://127.0.0.1:17687";

    /// <summary>A bolt:// URI; user and password, when the server wants them, go in its user-info part.</summary>
    public string ConnectionString { get; init; } = DefaultConnectionString;

    /// <summary>How long a request waits for a connection before the graph counts as unavailable.</summary>
    public TimeSpan ConnectionTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Create the unique constraints when the host starts (a failure is logged, not fatal).</summary>
    public bool EnsureConstraintsOnStart { get; init; } = true;

    /// <summary>
    /// Feed the signed-in customers' product views (<c>product</c>, <c>productBySlug</c>) into <c>VIEWED</c>;
    /// configuration key <c>Recommendations:RecordViews</c>.
    /// </summary>
    public bool RecordViews { get; init; } = true;

    /// <summary>Views waiting for the graph; when full, the oldest is dropped (a product query never waits).</summary>
    public int ViewQueueCapacity { get; init; } = 20_000;

    /// <summary>How long views gather before a write, unless a full batch is waiting.</summary>
    public TimeSpan ViewFlushInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Most views taken off the queue for one write.</summary>
    public int MaxViewsPerFlush { get; init; } = 2_000;

    /// <summary>Tries per batch before it is dropped and counted.</summary>
    public int ViewWriteAttempts { get; init; } = 3;

    /// <summary>Pause before the second try of a batch; the third waits twice as long, and so on.</summary>
    public TimeSpan ViewRetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);
}
