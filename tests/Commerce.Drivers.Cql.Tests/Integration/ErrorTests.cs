namespace Commerce.Drivers.Cql.Tests.Integration;

public class ErrorTests : IClassFixture<CassandraFixture>, IAsyncLifetime
{
    private readonly CassandraFixture _fixture;

    public ErrorTests(CassandraFixture fixture) => _fixture = fixture;

    private ISession Session => _fixture.Session;

    public async Task InitializeAsync() => await Session.ExecuteAsync("CREATE TABLE IF NOT EXISTS t (k int PRIMARY KEY, v text)");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_syntax_error_is_a_SyntaxError_with_code_0x2000()
    {
        var error = await Assert.ThrowsAsync<SyntaxError>(() => Session.ExecuteAsync("SELEC * FROM t"));
        Assert.Equal(0x2000, error.ErrorCode);
        Assert.Contains("SELEC", error.Message);
        await Assert.ThrowsAsync<SyntaxError>(() => Session.PrepareAsync("INSERT INTO t VALUES"));
    }

    [Fact]
    public async Task An_unknown_keyspace_or_table_is_an_invalid_query()
    {
        var keyspace = await Assert.ThrowsAsync<InvalidQueryException>(() => Session.ExecuteAsync("SELECT * FROM no_such_keyspace.t"));
        Assert.Contains("no_such_keyspace", keyspace.Message);
        var table = await Assert.ThrowsAsync<InvalidQueryException>(() => Session.ExecuteAsync("SELECT * FROM no_such_table"));
        Assert.Equal(0x2200, table.ErrorCode);
        await Assert.ThrowsAsync<InvalidQueryException>(() => Session.ExecuteAsync("USE no_such_keyspace"));
        Assert.Equal(_fixture.Keyspace, Session.Keyspace); // a failed USE changes nothing
    }

    [Fact]
    public async Task Creating_what_exists_names_the_keyspace_and_table()
    {
        var table = await Assert.ThrowsAsync<AlreadyExistsException>(() => Session.ExecuteAsync("CREATE TABLE t (k int PRIMARY KEY)"));
        Assert.Equal((_fixture.Keyspace, "t", false), (table.Keyspace, table.Table, table.IsKeyspace));
        var keyspace = await Assert.ThrowsAsync<AlreadyExistsException>(() => Session.ExecuteAsync(
            $"CREATE KEYSPACE {_fixture.Keyspace} WITH replication = {{'class': 'SimpleStrategy', 'replication_factor': 1}}"));
        Assert.True(keyspace.IsKeyspace);
        Assert.Equal(_fixture.Keyspace, keyspace.Keyspace);
    }

    [Fact]
    public async Task Asking_for_more_replicas_than_are_alive_is_unavailable()
    {
        var keyspace = _fixture.Keyspace + "_rf3";
        await Session.ExecuteAsync($"CREATE KEYSPACE {keyspace} WITH replication = {{'class': 'SimpleStrategy', 'replication_factor': 3}}");
        try
        {
            await Session.ExecuteAsync($"CREATE TABLE {keyspace}.t (k int PRIMARY KEY, v text)");
            var write = new SimpleStatement($"INSERT INTO {keyspace}.t (k, v) VALUES (1, 'x')").SetConsistencyLevel(ConsistencyLevel.Quorum);

            var error = await Assert.ThrowsAsync<UnavailableException>(() => Session.ExecuteAsync(write));

            Assert.Equal((ConsistencyLevel.Quorum, 2, 1), (error.Consistency, error.Required, error.Alive));
            var read = new SimpleStatement($"SELECT * FROM {keyspace}.t WHERE k = 1").SetConsistencyLevel(ConsistencyLevel.All);
            var readError = await Assert.ThrowsAsync<UnavailableException>(() => Session.ExecuteAsync(read));
            Assert.Equal((ConsistencyLevel.All, 3), (readError.Consistency, readError.Required));
            // With ONE the single replica suffices.
            await Session.ExecuteAsync(new SimpleStatement($"INSERT INTO {keyspace}.t (k, v) VALUES (1, 'x')").SetConsistencyLevel(ConsistencyLevel.One));
        }
        finally
        {
            await Session.ExecuteAsync($"DROP KEYSPACE {keyspace}");
        }
    }

    [Fact]
    public async Task Errors_leave_the_connection_usable()
    {
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Assert.ThrowsAsync<SyntaxError>(() => Session.ExecuteAsync($"BOGUS {i}"))));
        await Session.ExecuteAsync(new SimpleStatement("INSERT INTO t (k, v) VALUES (?, ?)", 1, "fine"));
        var row = (await (await Session.ExecuteAsync("SELECT v FROM t WHERE k = 1")).ToListAsync()).Single();
        Assert.Equal("fine", row.GetValue<string>("v"));
    }

    [Fact]
    public async Task Values_of_the_wrong_type_are_refused_before_sending()
    {
        var insert = await Session.PrepareAsync("INSERT INTO t (k, v) VALUES (?, ?)");
        await Assert.ThrowsAsync<InvalidCastException>(() => Session.ExecuteAsync(insert.Bind(1, 2)));
        // A simple statement's values are typed from the CLR, so the server is the one to refuse three bytes for an int.
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => Session.ExecuteAsync(new SimpleStatement("INSERT INTO t (k, v) VALUES (?, ?)", "one", "x")));
        Assert.Contains("int", error.Message);
    }
}
