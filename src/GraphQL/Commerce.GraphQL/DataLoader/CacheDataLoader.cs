namespace Commerce.GraphQL.DataLoader;

/// <summary>Loads one key at a time (the store has no batch call) but still once per key per request.</summary>
public abstract class CacheDataLoader<TKey, TValue>(DataLoaderOptions? options = null) : DataLoaderBase<TKey, TValue>(options)
    where TKey : notnull
{
    protected abstract Task<TValue> LoadSingleAsync(TKey key, CancellationToken cancellationToken);

    protected sealed override async Task FetchAsync(IReadOnlyList<TKey> keys, TaskCompletionSource<TValue>[] promises, CancellationToken cancellationToken)
    {
        var loads = new Task[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            loads[i] = LoadOneAsync(keys[i], promises[i], cancellationToken);
        }

        await Task.WhenAll(loads);
    }

    private async Task LoadOneAsync(TKey key, TaskCompletionSource<TValue> promise, CancellationToken cancellationToken)
    {
        try
        {
            var value = await LoadSingleAsync(key, cancellationToken);
            PromiseCompletion.Run((promise, value), static s => s.promise.TrySetResult(s.value));
        }
        catch (Exception error)
        {
            Remove(key);
            PromiseCompletion.Run((promise, error), static s => s.promise.TrySetException(s.error));
        }
    }
}
