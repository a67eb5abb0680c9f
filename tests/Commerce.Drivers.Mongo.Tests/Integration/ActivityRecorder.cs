using System.Collections.Concurrent;
using System.Diagnostics;

namespace Commerce.Drivers.Mongo.Tests.Integration;

/// <summary>Collects the driver's activities for one database, so tests running in parallel do not see each other's.</summary>
internal sealed class ActivityRecorder : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _activities = new();

    public ActivityRecorder(string databaseName)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Commerce.Drivers.Mongo",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("db.name") as string == databaseName)
                {
                    _activities.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyList<Activity> Activities => [.. _activities];

    public int Count(string operation) => _activities.Count(a => a.GetTagItem("db.operation") as string == operation);

    public void Clear() => _activities.Clear();

    public void Dispose() => _listener.Dispose();
}
