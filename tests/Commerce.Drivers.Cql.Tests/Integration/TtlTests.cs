namespace Commerce.Drivers.Cql.Tests.Integration;

public class TtlTests : IClassFixture<CassandraFixture>, IAsyncLifetime
{
    private readonly CassandraFixture _fixture;

    public TtlTests(CassandraFixture fixture) => _fixture = fixture;

    private ISession Session => _fixture.Session;

    public async Task InitializeAsync() => await Session.ExecuteAsync("CREATE TABLE IF NOT EXISTS sessions (id uuid PRIMARY KEY, who text)");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_bound_ttl_is_reported_back_by_ttl_function()
    {
        var id = Guid.NewGuid();
        var insert = await Session.PrepareAsync("INSERT INTO sessions (id, who) VALUES (?, ?) USING TTL ?");
        Assert.Equal("[ttl]", insert.Variables[2].Name);

        await Session.ExecuteAsync(insert.Bind(id, "alice", 3600));

        var row = (await (await Session.ExecuteAsync(new SimpleStatement("SELECT who, TTL(who) FROM sessions WHERE id = ?", id))).ToListAsync()).Single();
        Assert.Equal("alice", row.GetValue<string>("who"));
        Assert.InRange(row.GetValue<int>(1), 3500, 3600);
    }

    [Fact]
    public async Task A_row_written_with_a_short_ttl_expires()
    {
        var id = Guid.NewGuid();
        await Session.ExecuteAsync(new SimpleStatement("INSERT INTO sessions (id, who) VALUES (?, ?) USING TTL 1", id, "bob"));
        var select = new SimpleStatement("SELECT who FROM sessions WHERE id = ?", id);

        var remaining = -1;
        for (var attempt = 0; attempt < 40; attempt++)
        {
            remaining = (await (await Session.ExecuteAsync(select)).ToListAsync()).Count;
            if (remaining == 0) break;
            await Task.Delay(250);
        }

        Assert.Equal(0, remaining);
        // A row without a TTL has none.
        await Session.ExecuteAsync(new SimpleStatement("INSERT INTO sessions (id, who) VALUES (?, ?)", id, "carol"));
        var row = (await (await Session.ExecuteAsync(new SimpleStatement("SELECT TTL(who) FROM sessions WHERE id = ?", id))).ToListAsync()).Single();
        Assert.Null(row.GetValue<int?>(0));
    }
}
