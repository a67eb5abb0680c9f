using System.Collections.Concurrent;
using System.Diagnostics;

namespace Commerce.Accounts.Tests.Infrastructure;

/// <summary>
/// Records the SQL text of every command Npgsql reports on one database while it lives. The test databases have
/// pooling off (so they can be dropped), which makes the host's own round-trip count include a CONNECT per query;
/// this counts the queries alone.
/// </summary>
public sealed class SqlCommandRecorder : IDisposable
{
    private readonly ActivityListener _listener;

    public SqlCommandRecorder(string database)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("db.namespace") as string == database && activity.GetTagItem("db.query.text") is string sql)
                {
                    Commands.Enqueue(sql);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public ConcurrentQueue<string> Commands { get; } = new();

    public void Dispose() => _listener.Dispose();
}
