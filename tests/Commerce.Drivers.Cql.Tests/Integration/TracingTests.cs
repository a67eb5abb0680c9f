using System.Diagnostics;

namespace Commerce.Drivers.Cql.Tests.Integration;

public class TracingTests : IClassFixture<CassandraFixture>, IAsyncLifetime
{
    private readonly CassandraFixture _fixture;

    public TracingTests(CassandraFixture fixture) => _fixture = fixture;

    private ISession Session => _fixture.Session;

    public async Task InitializeAsync() => await Session.ExecuteAsync("CREATE TABLE IF NOT EXISTS traced (k int PRIMARY KEY, v text)");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_round_trip_is_an_activity_tagged_with_system_and_operation()
    {
        using var recorder = new ActivityRecorder(_fixture.Keyspace);
        var insert = await Session.PrepareAsync("INSERT INTO traced (k, v) VALUES (?, ?)");
        await Session.ExecuteAsync(insert.Bind(1, "a"));
        await Session.ExecuteAsync(new BatchStatement().SetBatchType(BatchType.Unlogged).Add(insert.Bind(2, "b")));
        await Session.ExecuteAsync("SELECT v FROM traced WHERE k = 1");
        await Assert.ThrowsAsync<SyntaxError>(() => Session.ExecuteAsync("SELEKT v FROM traced"));

        IReadOnlyList<Activity> activities = recorder.Activities;
        Assert.All(activities, a => Assert.Equal("cassandra", a.GetTagItem("db.system")));
        Assert.All(activities, a => Assert.Equal(ActivityKind.Client, a.Kind));
        // A connection the pool opens meanwhile switches keyspace with its own USE round trip.
        var operations = activities.Select(a => (string)a.GetTagItem("db.operation")!).Where(op => op != "QUERY USE").ToArray();
        Assert.Equal(["PREPARE INSERT", "EXECUTE INSERT", "BATCH UNLOGGED", "QUERY SELECT", "QUERY SELEKT"], operations);
        activities = activities.Where(a => (string?)a.GetTagItem("db.operation") != "QUERY USE").ToArray();
        var failed = activities.Last();
        Assert.Equal(ActivityStatusCode.Error, failed.Status);
        Assert.Equal("0x2000", failed.GetTagItem("db.response.status_code"));
        Assert.Equal("SELECT v FROM traced WHERE k = 1", activities[3].GetTagItem("db.statement"));
        Assert.Equal("INSERT INTO traced (k, v) VALUES (?, ?)", activities[2].GetTagItem("db.statement")); // the batch's statements
        Assert.All(activities, a => Assert.Equal(_fixture.Keyspace, a.GetTagItem("db.name")));
    }
}
