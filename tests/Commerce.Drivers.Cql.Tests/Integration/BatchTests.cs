namespace Commerce.Drivers.Cql.Tests.Integration;

public class BatchTests : IClassFixture<CassandraFixture>, IAsyncLifetime
{
    private readonly CassandraFixture _fixture;

    public BatchTests(CassandraFixture fixture) => _fixture = fixture;

    private ISession Session => _fixture.Session;

    public async Task InitializeAsync()
    {
        await Session.ExecuteAsync("CREATE TABLE IF NOT EXISTS events (day text, seq int, kind text, PRIMARY KEY (day, seq))");
        await Session.ExecuteAsync("CREATE TABLE IF NOT EXISTS daily (day text, product text, views counter, PRIMARY KEY (day, product))");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(BatchType.Logged, "2024-01-01")]
    [InlineData(BatchType.Unlogged, "2024-01-02")]
    public async Task A_batch_of_simple_and_bound_statements_writes_every_row(BatchType type, string day)
    {
        var insert = await Session.PrepareAsync("INSERT INTO events (day, seq, kind) VALUES (?, ?, ?)");
        var batch = new BatchStatement().SetBatchType(type)
            .Add(insert.Bind(day, 1, "view"))
            .Add(new SimpleStatement("INSERT INTO events (day, seq, kind) VALUES (?, ?, ?)", day, 2, "cart"))
            .Add(insert.Bind(day, 3, "buy"));

        await Session.ExecuteAsync(batch);

        var rows = await (await Session.ExecuteAsync(new SimpleStatement("SELECT seq, kind FROM events WHERE day = ?", day))).ToListAsync();
        Assert.Equal([(1, "view"), (2, "cart"), (3, "buy")], rows.Select(r => (r.GetValue<int>("seq"), r.GetValue<string>("kind"))));
    }

    [Fact]
    public async Task A_counter_batch_adds_to_every_counter()
    {
        var increment = await Session.PrepareAsync("UPDATE daily SET views = views + ? WHERE day = ? AND product = ?");
        var batch = new BatchStatement().SetBatchType(BatchType.Counter)
            .Add(increment.Bind(3L, "2024-02-01", "p1"))
            .Add(increment.Bind(4L, "2024-02-01", "p2"))
            .Add(increment.Bind(10L, "2024-02-01", "p1"));

        await Session.ExecuteAsync(batch);

        var rows = await (await Session.ExecuteAsync("SELECT product, views FROM daily WHERE day = '2024-02-01'")).ToListAsync();
        Assert.Equal([("p1", 13L), ("p2", 4L)], rows.Select(r => (r.GetValue<string>("product"), r.GetValue<long>("views"))));
    }

    [Fact]
    public async Task Counter_and_non_counter_statements_do_not_mix()
    {
        var counterInLogged = new BatchStatement()
            .Add(new SimpleStatement("UPDATE daily SET views = views + 1 WHERE day = 'x' AND product = 'y'"));
        await Assert.ThrowsAsync<InvalidQueryException>(() => Session.ExecuteAsync(counterInLogged));

        var insertInCounter = new BatchStatement().SetBatchType(BatchType.Counter)
            .Add(new SimpleStatement("INSERT INTO events (day, seq, kind) VALUES ('x', 1, 'y')"));
        await Assert.ThrowsAsync<InvalidQueryException>(() => Session.ExecuteAsync(insertInCounter));
    }

    [Fact]
    public async Task The_batch_default_timestamp_becomes_the_write_time()
    {
        var at = new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var batch = new BatchStatement()
            .Add(new SimpleStatement("INSERT INTO events (day, seq, kind) VALUES ('2024-03-01', 1, 'timed')"));
        batch.SetTimestamp(at);

        await Session.ExecuteAsync(batch);

        var row = (await (await Session.ExecuteAsync("SELECT WRITETIME(kind) FROM events WHERE day = '2024-03-01' AND seq = 1")).ToListAsync()).Single();
        Assert.Equal(1685577600000000L, row.GetValue<long>(0)); // 2023-06-01T00:00:00Z in microseconds
    }
}
