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
}
