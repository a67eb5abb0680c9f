using System.Collections.Concurrent;
using System.Diagnostics;

namespace Commerce.Drivers.Cql.Tests.Integration;

/// <summary>Records the driver's finished activities that concern one keyspace (test classes run in parallel).</summary>
public sealed class ActivityRecorder : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _activities = new();

    public ActivityRecorder(string keyspace)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == CqlDiagnostics.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (Equals(activity.GetTagItem("db.name"), keyspace)) _activities.Enqueue(activity);
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyList<Activity> Activities => [.. _activities];

    public IReadOnlyList<string> Operations(string statementContains) =>
        Activities.Where(a => (a.GetTagItem("db.statement") as string)?.Contains(statementContains, StringComparison.Ordinal) == true)
            .Select(a => (string)a.GetTagItem("db.operation")! + (a.Status == ActivityStatusCode.Error ? " !" + a.GetTagItem("db.response.status_code") : ""))
            .ToArray();

    public void Dispose() => _listener.Dispose();
}
