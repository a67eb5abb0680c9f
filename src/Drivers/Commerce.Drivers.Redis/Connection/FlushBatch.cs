using System.Diagnostics;

namespace Commerce.Drivers.Redis.Connection;

/// <summary>
/// The commands of one write: one network round trip. It completes when the last reply arrives
/// (or the connection fails, or its callers time out); the writer waits for that before its next write, and the activity,
/// if anyone listens, spans the whole write-and-read cycle.
/// </summary>
internal sealed class FlushBatch : TaskCompletionSource
{
    private readonly Activity? _activity;
    private int _remaining;

    private FlushBatch(Activity? activity, int count)
        : base(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        _activity = activity;
        _remaining = count;
    }

    public static FlushBatch Start(List<Message> messages, string host, int port)
    {
        var batch = new FlushBatch(StartActivity(messages, host, port), messages.Count);
        foreach (var m in messages)
        {
            m.Batch = batch;
        }

        return batch;
    }

    /// <summary>One reply of this write arrived (or was lost with the connection).</summary>
    public void OneDone()
    {
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _activity?.Stop();
            TrySetResult();
        }
    }

    /// <summary>Its callers gave up waiting (timeout): let the writer send what queued behind it.</summary>
    public void ReleaseWriter() => TrySetResult();

    private static Activity? StartActivity(List<Message> messages, string host, int port)
    {
        if (!RedisTracing.Source.HasListeners())
        {
            return null;
        }

        var single = messages.Count == 1;
        var operation = single ? messages[0].CommandName.ToUpperInvariant() : "pipeline";

        // Parented to the first caller that had a trace (a SELECT the writer slipped in has none); every other
        // caller with a different trace is linked, so each caller's request can count this round trip.
        var parent = default(ActivityContext);
        List<ActivityLink>? links = null;
        foreach (var m in messages)
        {
            if (m.Parent == default || m.Parent == parent)
            {
                continue;
            }

            if (parent == default)
            {
                parent = m.Parent;
            }
            else if (links is null || !links.Exists(l => l.Context == m.Parent))
            {
                (links ??= []).Add(new ActivityLink(m.Parent));
            }
        }

        var previous = Activity.Current;
        var activity = RedisTracing.Source.StartActivity($"redis {operation}", ActivityKind.Client, parent, links: links);
        Activity.Current = previous; // the writer loop serves every caller; it must not inherit one's span
        if (activity is null)
        {
            return null;
        }

        activity.SetTag("db.system", "redis");
        activity.SetTag("db.operation", operation);
        activity.SetTag("server.address", host);
        activity.SetTag("server.port", port);
        if (!single)
        {
            activity.SetTag("db.redis.command_count", messages.Count);
        }

        return activity;
    }
}
