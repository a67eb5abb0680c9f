namespace Commerce.GraphQL.DataLoader;

/// <summary>How a loader batches and caches.</summary>
public sealed record DataLoaderOptions
{
    public static DataLoaderOptions Default { get; } = new();

    /// <summary>The most keys sent in one batch; 0 sends every queued key together.</summary>
    public int MaxBatchSize { get; init; }

    /// <summary>Whether a key loaded once is served from the loader's (per-request) cache afterwards.</summary>
    public bool Caching { get; init; } = true;
}
