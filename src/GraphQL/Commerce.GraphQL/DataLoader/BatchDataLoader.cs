namespace Commerce.GraphQL.DataLoader;

/// <summary>Loads many keys with one store call; a key missing from the result loads as <c>default</c>.</summary>
public abstract class BatchDataLoader<TKey, TValue>(DataLoaderOptions? options = null) : DataLoaderBase<TKey, TValue>(options)
    where TKey : notnull
{
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override async Task FetchAsync(IReadOnlyList<TKey> keys, TaskCompletionSource<TValue>[] promises, CancellationToken cancellationToken)
    {
        var values = await LoadBatchAsync(keys, cancellationToken);
        PromiseCompletion.Run((keys, promises, values), static s =>
        {
            for (var i = 0; i < s.keys.Count; i++)
            {
                s.promises[i].TrySetResult(s.values.TryGetValue(s.keys[i], out var value) ? value : default!);
            }
        });
    }
}
