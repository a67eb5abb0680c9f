namespace Commerce.GraphQL.DataLoader;

/// <summary>
/// The batching and caching core of every loader (GreenDonut's shape). A load of a key not cached yet queues the
/// key and returns a pending task; the first key of a batch asks the scheduler for a dispatch; the dispatch sends
/// all queued keys to <see cref="FetchAsync"/> at once and completes each key's task from the result.
/// </summary>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader<TKey, TValue>, IBatchDispatcher, IRequestBoundLoader
    where TKey : notnull
{
    private readonly object _gate = new();
    private readonly Dictionary<TKey, Task<TValue>> _cache = [];
    private List<(TKey Key, TaskCompletionSource<TValue> Promise)>? _batch;
    private IBatchScheduler _scheduler = AutoBatchScheduler.Instance;
    private CancellationToken _requestAborted;

    // Outside a request, continuations must not run inside the store's completion; see Attach for a request's.
    private TaskCreationOptions _promiseOptions = TaskCreationOptions.RunContinuationsAsynchronously;

    protected DataLoaderBase(DataLoaderOptions? options = null) => Options = options ?? DataLoaderOptions.Default;

    public DataLoaderOptions Options { get; }

    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        bool first;
        Task<TValue> task;
        lock (_gate)
        {
            var wasEmpty = _batch is null;
            task = Enqueue(key);
            first = wasEmpty && _batch is not null;
        }

        if (first)
        {
            _scheduler.Schedule(this);
        }

        return task;
    }

    /// <summary>Loads several keys; they join the current batch together (one dispatch even outside a request).</summary>
    public async Task<IReadOnlyList<TValue>> LoadAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken = default)
    {
        var tasks = new Task<TValue>[keys.Count];
        bool first;
        lock (_gate)
        {
            var wasEmpty = _batch is null;
            var i = 0;
            foreach (var key in keys)
            {
                tasks[i++] = Enqueue(key);
            }

            first = wasEmpty && _batch is not null;
        }

        if (first)
        {
            _scheduler.Schedule(this);
        }

        return await Task.WhenAll(tasks);
    }

    /// <summary>The cached task of the key, or a new pending one queued in the batch. Called under the gate.</summary>
    private Task<TValue> Enqueue(TKey key)
    {
        if (Options.Caching && _cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var promise = new TaskCompletionSource<TValue>(_promiseOptions);
        if (Options.Caching)
        {
            _cache[key] = promise.Task;
        }

        (_batch ??= []).Add((key, promise));
        return promise.Task;
    }

    /// <summary>Puts a value in the cache (e.g. one loaded by another loader).</summary>
    public void Set(TKey key, TValue value)
    {
        lock (_gate)
        {
            _cache.TryAdd(key, Task.FromResult(value));
        }
    }

    public void Remove(TKey key)
    {
        lock (_gate)
        {
            _cache.Remove(key);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _cache.Clear();
        }
    }

    public void Dispatch()
    {
        List<(TKey Key, TaskCompletionSource<TValue> Promise)>? batch;
        lock (_gate)
        {
            batch = _batch;
            _batch = null;
        }

        if (batch is null)
        {
            return;
        }

        var size = Options.MaxBatchSize > 0 ? Options.MaxBatchSize : batch.Count;
        for (var start = 0; start < batch.Count; start += size)
        {
            _ = FetchChunkAsync(batch.GetRange(start, Math.Min(size, batch.Count - start)));
        }
    }

    void IRequestBoundLoader.Attach(IBatchScheduler scheduler, CancellationToken requestAborted)
    {
        _scheduler = scheduler;
        _requestAborted = requestAborted;

        // A request's promises are completed on its loop (the fetch resumes there), so their continuations run
        // inline, on the loop, before it decides to dispatch again. Run asynchronously, those that do not capture the
        // loop (ConfigureAwait(false), Task.WhenAll, a compiled resolver's await) would hop through the thread pool,
        // and the loop, seeing nothing queued meanwhile, would dispatch the step's keys before they were all loaded.
        _promiseOptions = TaskCreationOptions.None;
    }

    /// <summary>Loads the values of <paramref name="keys"/> and completes <paramref name="promises"/> (same order) with them.</summary>
    protected abstract Task FetchAsync(IReadOnlyList<TKey> keys, TaskCompletionSource<TValue>[] promises, CancellationToken cancellationToken);

    private async Task FetchChunkAsync(List<(TKey Key, TaskCompletionSource<TValue> Promise)> chunk)
    {
        var keys = new TKey[chunk.Count];
        var promises = new TaskCompletionSource<TValue>[chunk.Count];
        for (var i = 0; i < chunk.Count; i++)
        {
            (keys[i], promises[i]) = chunk[i];
        }

        try
        {
            await FetchAsync(keys, promises, _requestAborted);
        }
        catch (Exception error)
        {
            lock (_gate)
            {
                // A failed load is not remembered: a later request for the key tries again.
                foreach (var key in keys)
                {
                    _cache.Remove(key);
                }
            }

            PromiseCompletion.Run((promises, error), static s =>
            {
                foreach (var promise in s.promises)
                {
                    promise.TrySetException(s.error);
                }
            });
        }
    }
}
