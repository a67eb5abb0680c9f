namespace Commerce.GraphQL.DataLoader;

/// <summary>Loads the group of values of many keys with one store call (one-to-many); a key without values loads as an empty array.</summary>
public abstract class GroupedDataLoader<TKey, TValue>(DataLoaderOptions? options = null) : DataLoaderBase<TKey, TValue[]>(options)
    where TKey : notnull
{
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override async Task FetchAsync(IReadOnlyList<TKey> keys, TaskCompletionSource<TValue[]>[] promises, CancellationToken cancellationToken)
    {
        var groups = await LoadGroupedBatchAsync(keys, cancellationToken);
        PromiseCompletion.Run((keys, promises, groups), static s =>
        {
            for (var i = 0; i < s.keys.Count; i++)
            {
                s.promises[i].TrySetResult(s.groups[s.keys[i]].ToArray());
            }
        });
    }
}
