using System.Diagnostics;

namespace Commerce.Drivers.Bolt.Tests.Integration;

/// <summary>Each round trip is one activity; pipelined requests share one.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class TracingTests : IDisposable
{
    private static readonly ActivitySource TestSource = new("Commerce.Drivers.Bolt.Tests");
    private readonly ActivityListener _listener;
    private readonly List<Activity> _stopped = [];
    private readonly Neo4jServer _server;

    public TracingTests(Neo4jServer server)
    {
        _server = server;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is BoltDiagnostics.ActivitySourceName or "Commerce.Drivers.Bolt.Tests",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (_stopped) _stopped.Add(activity); },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Runs the work under a test activity and returns the driver activities beneath it.</summary>
    private async Task<List<Activity>> TraceAsync(Func<Task> work)
    {
        string parentId;
        using (var parent = TestSource.StartActivity("test")!)
        {
            parentId = parent.Id!;
            await work();
        }
        lock (_stopped) return _stopped.Where(a => a.ParentId == parentId).OrderBy(a => a.StartTimeUtc).ToList();
    }

    [Fact]
    public async Task An_auto_commit_query_is_one_round_trip_named_by_its_first_keyword()
    {
        await using var session = _server.Driver.AsyncSession();
        await session.RunAsync("RETURN 1"); // warm the pool so no handshake is traced below
        var activities = await TraceAsync(async () => await (await session.RunAsync("MATCH (n) RETURN count(n)")).ConsumeAsync());
        var roundTrip = Assert.Single(activities);
        Assert.Equal("neo4j", roundTrip.GetTagItem("db.system"));
        Assert.Equal("MATCH", roundTrip.GetTagItem("db.operation"));
        Assert.Equal(ActivityKind.Client, roundTrip.Kind);
    }

    [Fact]
    public async Task A_transaction_with_one_query_is_two_round_trips()
    {
        await using var session = _server.Driver.AsyncSession();
        await session.RunAsync("RETURN 1");
        var activities = await TraceAsync(async () =>
        {
            await using var tx = await session.BeginTransactionAsync();
            await (await tx.RunAsync("UNWIND [1, 2] AS x RETURN x")).ToListAsync();
            await tx.CommitAsync();
        });
        // BEGIN travels with the first RUN and PULL_ALL; COMMIT is the second write.
        Assert.Equal(["BEGIN", "COMMIT"], activities.Select(a => a.GetTagItem("db.operation")));
    }

    [Fact]
    public async Task A_new_connection_traces_the_handshake_and_init()
    {
        await using var driver = GraphDatabase.Driver(Neo4jServer.Uri, AuthTokens.None);
        var activities = await TraceAsync(() => driver.VerifyConnectivityAsync());
        Assert.Equal(["HANDSHAKE", "INIT"], activities.Select(a => a.GetTagItem("db.operation")));
        Assert.Equal("1.0", activities[0].GetTagItem("db.bolt.version"));
    }

    [Fact]
    public async Task A_failed_query_marks_its_round_trip_as_an_error_and_traces_the_acknowledgement()
    {
        await using var session = _server.Driver.AsyncSession();
        await session.RunAsync("RETURN 1");
        var activities = await TraceAsync(async () => await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETURN nope")));
        Assert.Equal(["RETURN", "ACK_FAILURE"], activities.Select(a => a.GetTagItem("db.operation")));
        Assert.Equal(ActivityStatusCode.Error, activities[0].Status);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", activities[0].GetTagItem("db.response.status_code"));
    }

    public void Dispose() => _listener.Dispose();
}
