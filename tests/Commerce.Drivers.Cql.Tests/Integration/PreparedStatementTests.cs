namespace Commerce.Drivers.Cql.Tests.Integration;

/// <summary>
/// Prepared statements when the server has lost them. Cassandra 2.1.0 keeps prepared statements across
/// DROP/CREATE TABLE (invalidation came in 2.1.1) and did not evict any in 20000 PREPAREs, so the loss
/// is provoked by handing the server an id it has never seen: it answers UNPREPARED (0x2500) exactly
/// as after a restart, and the session must re-prepare on that connection and retry. Drops and
/// ALTERs seen by the session mark its statements stale, since 2.1.0 would otherwise keep the old one.
/// </summary>
public class PreparedStatementTests : IClassFixture<CassandraFixture>, IAsyncLifetime
{
    private static readonly byte[] ForgottenId = Convert.FromHexString("00000000000000000000000000000BAD");
    private readonly CassandraFixture _fixture;

    public PreparedStatementTests(CassandraFixture fixture) => _fixture = fixture;

    private ISession Session => _fixture.Session;

    public async Task InitializeAsync() =>
        await Session.ExecuteAsync("CREATE TABLE IF NOT EXISTS items (k int PRIMARY KEY, v text, n int)");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_execute_the_server_answers_unprepared_is_reprepared_and_retried()
    {
        using var recorder = new ActivityRecorder(_fixture.Keyspace);
        var insert = await Session.PrepareAsync("INSERT INTO items (k, v) VALUES (?, ?) /* lost */");
        var realId = insert.Id;
        insert.Update(ForgottenId, insert.Variables, insert.RoutingIndexes, insert.ResultMetadata);

        await Session.ExecuteAsync(insert.Bind(1, "after loss"));

        Assert.Equal(realId, insert.Id);
        Assert.Equal(["PREPARE INSERT", "EXECUTE INSERT !0x2500", "PREPARE INSERT", "EXECUTE INSERT"], recorder.Operations("/* lost */"));
        var row = (await (await Session.ExecuteAsync("SELECT v FROM items WHERE k = 1")).ToListAsync()).Single();
        Assert.Equal("after loss", row.GetValue<string>("v"));
    }

    [Fact]
    public async Task A_select_that_skips_metadata_gets_fresh_metadata_after_repreparing()
    {
        await Session.ExecuteAsync(new SimpleStatement("INSERT INTO items (k, v, n) VALUES (?, ?, ?)", 2, "two", 22));
        var select = await Session.PrepareAsync("SELECT v, n FROM items WHERE k = ?");
        select.Update(ForgottenId, select.Variables, select.RoutingIndexes, ColumnDefinitions.Empty);

        var rows = await (await Session.ExecuteAsync(select.Bind(2))).ToListAsync();

        Assert.Equal(["v", "n"], select.ResultMetadata.Select(c => c.Name));
        Assert.Equal(("two", 22), (rows.Single().GetValue<string>("v"), rows.Single().GetValue<int>("n")));
    }

    [Fact]
    public async Task A_batch_holding_a_lost_statement_is_retried_after_repreparing_it()
    {
        using var recorder = new ActivityRecorder(_fixture.Keyspace);
        var insert = await Session.PrepareAsync("INSERT INTO items (k, v) VALUES (?, ?) /* batch lost */");
        insert.Update(ForgottenId, insert.Variables, insert.RoutingIndexes, insert.ResultMetadata);

        await Session.ExecuteAsync(new BatchStatement().Add(insert.Bind(3, "x")).Add(insert.Bind(4, "y")));

        var rows = await (await Session.ExecuteAsync("SELECT k FROM items WHERE k IN (3, 4)")).ToListAsync();
        Assert.Equal([3, 4], rows.Select(r => r.GetValue<int>("k")).Order());
        Assert.Contains("PREPARE INSERT", recorder.Operations("/* batch lost */"));
        Assert.Contains(recorder.Activities, a => (string?)a.GetTagItem("db.operation") == "BATCH LOGGED" && (string?)a.GetTagItem("db.response.status_code") == "0x2500");
    }

    [Fact]
    public async Task Prepared_statements_keep_working_after_the_table_is_dropped_and_recreated()
    {
        await Session.ExecuteAsync("CREATE TABLE recreated (k int PRIMARY KEY, v text)");
        var insert = await Session.PrepareAsync("INSERT INTO recreated (k, v) VALUES (?, ?)");
        await Session.ExecuteAsync(insert.Bind(1, "before"));
        await Session.ExecuteAsync("DROP TABLE recreated");
        await Session.ExecuteAsync("CREATE TABLE recreated (k int PRIMARY KEY, v text)");

        await Session.ExecuteAsync(insert.Bind(2, "after"));

        var rows = await (await Session.ExecuteAsync("SELECT k, v FROM recreated")).ToListAsync();
        Assert.Equal([(2, "after")], rows.Select(r => (r.GetValue<int>("k"), r.GetValue<string>("v"))));
    }

    [Fact]
    public async Task Named_columns_skip_metadata_and_select_star_sees_columns_added_by_alter_table()
    {
        await Session.ExecuteAsync("CREATE TABLE altered (k int PRIMARY KEY, a text)");
        await Session.ExecuteAsync("INSERT INTO altered (k, a) VALUES (1, 'a')");
        var named = await Session.PrepareAsync("SELECT a FROM altered WHERE k = ?");
        var star = await Session.PrepareAsync("SELECT * FROM altered WHERE k = ?");

        var namedResult = await Session.ExecuteAsync(named.Bind(1));
        Assert.Same(named.ResultMetadata, namedResult.Columns); // the server sent no metadata (Skip_metadata)

        await Session.ExecuteAsync("ALTER TABLE altered ADD b int");
        await Session.ExecuteAsync("UPDATE altered SET b = 5 WHERE k = 1");
        var starResult = await Session.ExecuteAsync(star.Bind(1));

        Assert.NotSame(star.ResultMetadata, starResult.Columns);
        var row = (await starResult.ToListAsync()).Single();
        Assert.Equal(5, row.GetValue<int>("b"));
    }

    [Fact]
    public async Task A_failed_prepare_is_not_cached()
    {
        await Assert.ThrowsAsync<InvalidQueryException>(() => Session.PrepareAsync("SELECT v FROM later_table WHERE k = ?"));
        await Session.ExecuteAsync("CREATE TABLE later_table (k int PRIMARY KEY, v text)");
        var prepared = await Session.PrepareAsync("SELECT v FROM later_table WHERE k = ?");
        Assert.Single(prepared.Variables);
    }
}
