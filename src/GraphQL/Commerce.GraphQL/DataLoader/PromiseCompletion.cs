namespace Commerce.GraphQL.DataLoader;

/// <summary>
/// Completes a loader's promises so that everything waiting on them reaches the request's loop before the loop next
/// decides to dispatch. The promises of a request are created without RunContinuationsAsynchronously, so their
/// continuations run inline here; but .NET never inlines a continuation that does not capture a context
/// (ConfigureAwait(false), e.g. a compiled resolver returning the loader's task) while a custom
/// SynchronizationContext is current: it would queue it to the thread pool, and the loop, seeing nothing queued in
/// the meantime, would dispatch the keys of only part of the step. So the loop's context is lifted while completing:
/// such continuations run inline, and those that captured the loop are posted to it, both before this returns.
/// </summary>
internal static class PromiseCompletion
{
    public static void Run<TState>(TState state, Action<TState> complete)
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            complete(state);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }
}
