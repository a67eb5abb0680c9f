namespace Commerce.GraphQL.DataLoader;

/// <summary>Something holding queued keys that can be sent to its store in one batch.</summary>
public interface IBatchDispatcher
{
    /// <summary>Sends every queued key in one batch (or several when a maximum batch size is set).</summary>
    void Dispatch();
}

/// <summary>
/// Decides when loaders with queued keys send their batch. The executor's scheduler dispatches when no resolver of
/// the request can make progress without a pending load; <see cref="AutoBatchScheduler"/> does so on the thread pool.
/// </summary>
public interface IBatchScheduler
{
    /// <summary>Called by a loader when its first key of a new batch is queued.</summary>
    void Schedule(IBatchDispatcher dispatcher);
}

/// <summary>For loaders used outside a request: dispatches once the code that queued keys yields the thread.</summary>
public sealed class AutoBatchScheduler : IBatchScheduler
{
    public static AutoBatchScheduler Instance { get; } = new();

    public void Schedule(IBatchDispatcher dispatcher) =>
        ThreadPool.QueueUserWorkItem(static d => d.Dispatch(), dispatcher, preferLocal: false);
}
