using System.Diagnostics;

namespace Commerce.GraphQL.AspNetCore.Tracing;

/// <summary>
/// Counts store round trips per request. Listens to the drivers' ActivitySources; a round trip belongs to the
/// request whose <see cref="Begin"/> scope was current where the driver started the Activity (an AsyncLocal, so it
/// flows into every resolver and loader the request awaits), or, failing that, to the request of the nearest
/// parent Activity that was attributed. The request is pinned on the Activity when it starts because drivers
/// that multiplex a connection stop the Activity on their reader's thread, where no request is current.
/// Activities are only created while some request traces, so untraced traffic costs nothing.
/// </summary>
public sealed class StoreTracingListener : IDisposable
{
    // One name per listener: two listeners in one process (two hosts, as in tests) must not count each other's traces.
    private readonly string _traceProperty = "Commerce.RequestTrace." + Guid.NewGuid().ToString("N");

    private readonly AsyncLocal<RequestTrace?> _current = new();
    private readonly ActivityListener _listener;

    public StoreTracingListener()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => StoreNames.OfActivitySource(source.Name) is not null,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) =>
                _current.Value is not null || IsAttributed(Activity.Current)
                    ? ActivitySamplingResult.AllData
                    : ActivitySamplingResult.None,
            ActivityStarted = OnStarted,
            ActivityStopped = OnStopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Makes <paramref name="trace"/> the current request's trace until the returned scope is disposed.</summary>
    public IDisposable Begin(RequestTrace trace)
    {
        var previous = _current.Value;
        _current.Value = trace;

        // Work that keeps the request's Activity as parent but loses the async flow (a loader batching on its own
        // task, say) is still attributed through the parent chain.
        if (Activity.Current is { } requestActivity && requestActivity.GetCustomProperty(_traceProperty) is null)
        {
            requestActivity.SetCustomProperty(_traceProperty, trace);
        }

        return new Scope(this, previous);
    }

    public void Dispose() => _listener.Dispose();

    private void OnStarted(Activity activity)
    {
        var trace = _current.Value ?? FindInParents(activity.Parent);
        if (trace is not null)
        {
            activity.SetCustomProperty(_traceProperty, trace);
        }
    }

    private void OnStopped(Activity activity)
    {
        if (activity.GetCustomProperty(_traceProperty) is RequestTrace trace
            && StoreNames.OfActivitySource(activity.Source.Name) is { } store)
        {
            trace.Record(store, activity.Duration);
        }
    }

    private bool IsAttributed(Activity? activity) => FindInParents(activity) is not null;

    private RequestTrace? FindInParents(Activity? activity)
    {
        for (var a = activity; a is not null; a = a.Parent)
        {
            if (a.GetCustomProperty(_traceProperty) is RequestTrace trace)
            {
                return trace;
            }
        }

        return null;
    }

    private sealed class Scope(StoreTracingListener owner, RequestTrace? previous) : IDisposable
    {
        public void Dispose() => owner._current.Value = previous;
    }
}
