using Commerce.GraphQL.DataLoader;

namespace Commerce.GraphQL.Execution;

/// <summary>
/// The event loop of one request. Resolver continuations are posted here (it is their SynchronizationContext)
/// and run one at a time; when nothing is left to run but the request is not finished, every resolver is waiting,
/// so the loaders with queued keys are dispatched then, each as one batch. This is what makes all loads of one
/// execution step reach the store together. A request whose resolvers all complete synchronously never waits here.
/// </summary>
internal sealed class ExecutionLoop : SynchronizationContext, IBatchScheduler
{
    private readonly object _gate = new();
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _work = new();
    private readonly List<IBatchDispatcher> _batches = [];
    private TaskCompletionSource? _waiter;

    public override void Post(SendOrPostCallback d, object? state)
    {
        TaskCompletionSource? waiter;
        lock (_gate)
        {
            _work.Enqueue((d, state));
            waiter = _waiter;
            _waiter = null;
        }

        waiter?.TrySetResult();
    }

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;

    public void Schedule(IBatchDispatcher dispatcher)
    {
        TaskCompletionSource? waiter;
        lock (_gate)
        {
            _batches.Add(dispatcher);
            waiter = _waiter;
            _waiter = null;
        }

        waiter?.TrySetResult();
    }

    /// <summary>Starts <paramref name="start"/> on this loop and runs the loop until the work it started is done.</summary>
    public ValueTask<T> RunAsync<T, TState>(Func<TState, ValueTask<T>> start, TState state, CancellationToken cancellationToken)
    {
        ValueTask<T> work;
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            work = start(state);
        }
        finally
        {
            SetSynchronizationContext(previous);
        }

        return work.IsCompleted ? work : DriveAsync(work.AsTask(), cancellationToken);
    }

    private async ValueTask<T> DriveAsync<T>(Task<T> work, CancellationToken cancellationToken)
    {
        while (!work.IsCompleted)
        {
            if (RunQueuedWork() || work.IsCompleted)
            {
                continue;
            }

            if (DispatchBatches())
            {
                continue;
            }

            await WaitForWorkAsync(work, cancellationToken).ConfigureAwait(false);
        }

        return await work.ConfigureAwait(false);
    }

    /// <summary>Runs everything posted so far (and whatever that posts); false when there was nothing to run.</summary>
    private bool RunQueuedWork()
    {
        var ranAny = false;
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            while (true)
            {
                (SendOrPostCallback Callback, object? State) item;
                lock (_gate)
                {
                    if (!_work.TryDequeue(out item))
                    {
                        return ranAny;
                    }
                }

                ranAny = true;
                item.Callback(item.State);
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    private bool DispatchBatches()
    {
        IBatchDispatcher[] batches;
        lock (_gate)
        {
            if (_batches.Count == 0)
            {
                return false;
            }

            batches = _batches.ToArray();
            _batches.Clear();
        }

        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            foreach (var batch in batches)
            {
                batch.Dispatch();
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }

        return true;
    }

    private Task WaitForWorkAsync(Task work, CancellationToken cancellationToken)
    {
        TaskCompletionSource waiter;
        lock (_gate)
        {
            if (_work.Count > 0 || _batches.Count > 0)
            {
                return Task.CompletedTask;
            }

            _waiter = waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        // The work may also finish without posting here (a resolver awaited with ConfigureAwait(false)).
        return Task.WhenAny(waiter.Task, work).WaitAsync(cancellationToken);
    }
}
