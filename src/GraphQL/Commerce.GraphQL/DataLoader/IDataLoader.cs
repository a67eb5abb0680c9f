namespace Commerce.GraphQL.DataLoader;

/// <summary>A per-request loader of values by key; see <see cref="DataLoaderBase{TKey,TValue}"/>.</summary>
public interface IDataLoader
{
    /// <summary>Forgets every cached value.</summary>
    void Clear();
}

/// <summary>Loads values by key, batching the keys asked for in one execution step and caching per request.</summary>
public interface IDataLoader<in TKey, TValue> : IDataLoader
    where TKey : notnull
{
    Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TValue>> LoadAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken = default);
}

/// <summary>Lets a scope bind a loader it created to its request's scheduler and abort token.</summary>
internal interface IRequestBoundLoader
{
    void Attach(IBatchScheduler scheduler, CancellationToken requestAborted);
}
