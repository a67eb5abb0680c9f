using System.Diagnostics;

namespace Commerce.Drivers.Redis.Connection;

/// <summary>
/// The commands of one write: one network round trip. Its activity ends when the last reply arrives
/// (or the connection fails), so the span covers the whole write-and-read cycle.
/// </summary>
internal sealed class FlushBatch
{
    private readonly Activity _activity;
    private int _remaining;

    private FlushBatch(Activity activity, int count)
    {
        _activity = activity;
        _remaining = count;
    }

    /// <summary>Null when nobody listens to the source: tracing then costs nothing per flush.</summary>
    public static FlushBatch? Start(List<Message> messages, string host, int port)
    {
        if (!RedisTracing.Source.HasListeners())
        {
            return null;
        }

        var single = messages.Count == 1;
        var operation = single ? messages[0].CommandName.ToUpperInvariant() : "pipeline";
        var previous = Activity.Current;
        var activity = RedisTracing.Source.StartActivity($"redis {operation}", ActivityKind.Client, messages[0].Parent);
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

        var batch = new FlushBatch(activity, messages.Count);
        foreach (var m in messages)
        {
            m.Batch = batch;
        }

        return batch;
    }

    public void OneDone()
    {
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _activity.Stop();
        }
    }
}
