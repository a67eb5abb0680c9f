using System.Collections.Concurrent;
using System.Diagnostics;

namespace Commerce.GraphQL.AspNetCore.Tracing;

/// <summary>
/// Counts store round trips per request. Listens to the drivers' ActivitySources; a round trip belongs to the
/// request whose <see cref="Begin"/> scope was current where the driver started the Activity (an AsyncLocal, so it
/// flows into every resolver and loader the request awaits), or, failing that, to the request of the nearest
/// parent Activity that was attributed. The request is pinned on the Activity when it starts because drivers
/// that multiplex a connection stop the Activity on their reader's thread, where no request is current.
/// Activities are only created while some request traces, so untraced traffic costs nothing.
/// <para>
/// Each traced request also runs inside an Activity of its own (<see cref="RequestSourceName"/>), so a driver that
/// starts its round trip elsewhere (a writer loop serving many callers) can still name the request: as the parent
/// context it captured from the caller, or as a link for each further caller whose command shared the round trip.
/// Such a round trip counts once for its parent's request and once for each linked request.
/// </para>
/// </summary>
public sealed class StoreTracingListener : IDisposable
{
    public const string RequestSourceName = "Commerce.GraphQL.AspNetCore";

    private static readonly ActivitySource RequestSource = new(RequestSourceName);

    // One name per listener: two listeners in one process (two hosts, as in tests) must not count each other's traces.
    private readonly string _traceProperty = "Commerce.RequestTrace." + Guid.NewGuid().ToString("N");
    private readonly string _linkedProperty = "Commerce.LinkedRequestTraces." + Guid.NewGuid().ToString("N");

    private readonly AsyncLocal<RequestTrace?> _current = new();
    private readonly ConcurrentDictionary<ActivitySpanId, RequestTrace> _bySpan = new();
    private readonly ActivityListener _listener;

    public StoreTracingListener()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == RequestSourceName || StoreNames.OfActivitySource(source.Name) is not null,
            Sample = (ref ActivityCreationOptions<ActivityContext> options) => ShouldSample(options)
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
        var previousActivity = Activity.Current;
        _current.Value = trace;

        // Work that keeps the request's Activity as parent but loses the async flow (a loader batching on its own
        // task, say) is still attributed through the parent chain.
        if (Activity.Current is { } requestActivity && requestActivity.GetCustomProperty(_traceProperty) is null)
        {
            requestActivity.SetCustomProperty(_traceProperty, trace);
        }

        var own = RequestSource.StartActivity("graphql request");
        if (own is not null)
        {
            own.SetCustomProperty(_traceProperty, trace);
            _bySpan[own.SpanId] = trace;
        }

        return new Scope(this, previous, own, previousActivity);
    }

    public void Dispose() => _listener.Dispose();

    private bool ShouldSample(in ActivityCreationOptions<ActivityContext> options)
    {
        if (_current.Value is not null || IsAttributed(Activity.Current) || _bySpan.ContainsKey(options.Parent.SpanId))
        {
            return true;
        }

        if (options.Links is { } links)
        {
            foreach (var link in links)
            {
                if (_bySpan.ContainsKey(link.Context.SpanId))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void OnStarted(Activity activity)
    {
        if (activity.Source.Name == RequestSourceName)
        {
            return; // Begin pins the request on its own Activity
        }

        var trace = _current.Value ?? FindInParents(activity.Parent) ?? ByContext(activity.ParentSpanId);
        if (trace is not null)
        {
            activity.SetCustomProperty(_traceProperty, trace);
        }

        List<RequestTrace>? linked = null;
        foreach (var link in activity.Links)
        {
            if (ByContext(link.Context.SpanId) is { } other && other != trace && linked?.Contains(other) != true)
            {
                (linked ??= []).Add(other);
            }
        }

        if (linked is not null)
        {
            activity.SetCustomProperty(_linkedProperty, linked);
        }
    }

    private void OnStopped(Activity activity)
    {
        if (StoreNames.OfActivitySource(activity.Source.Name) is not { } store)
        {
            return;
        }

        if (activity.GetCustomProperty(_traceProperty) is RequestTrace trace)
        {
            trace.Record(store, activity.Duration);
        }

        if (activity.GetCustomProperty(_linkedProperty) is List<RequestTrace> linked)
        {
            foreach (var other in linked)
            {
                other.Record(store, activity.Duration);
            }
        }
    }

    private RequestTrace? ByContext(ActivitySpanId spanId) =>
        spanId != default && _bySpan.TryGetValue(spanId, out var trace) ? trace : null;

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

    private sealed class Scope(StoreTracingListener owner, RequestTrace? previous, Activity? activity, Activity? previousActivity) : IDisposable
    {
        public void Dispose()
        {
            if (activity is not null)
            {
                owner._bySpan.TryRemove(activity.SpanId, out _);
                activity.Stop();
                Activity.Current = previousActivity;
            }

            owner._current.Value = previous;
        }
    }
}
