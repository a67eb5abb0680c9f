namespace Commerce.Drivers.Cql.Tests.Integration;

public class ConcurrencyTests : IClassFixture<CassandraFixture>, IAsyncLifetime
{
    private const int Requests = 64;
    private readonly CassandraFixture _fixture;

    public ConcurrencyTests(CassandraFixture fixture) => _fixture = fixture;

    public async Task InitializeAsync()
    {
        await _fixture.Session.ExecuteAsync("CREATE TABLE IF NOT EXISTS kv (k int PRIMARY KEY, v text)");
        var insert = await _fixture.Session.PrepareAsync("INSERT INTO kv (k, v) VALUES (?, ?)");
        await Task.WhenAll(Enumerable.Range(0, Requests).Select(k => _fixture.Session.ExecuteAsync(insert.Bind(k, $"value-{k}"))));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Sixty_four_concurrent_requests_on_one_connection_each_get_their_own_answer()
    {
        await using var cluster = CassandraFixture.NewBuilder().WithConnectionsPerHost(1).Build();
        await using var session = await cluster.ConnectAsync(_fixture.Keyspace);
        var select = await session.PrepareAsync("SELECT k, v FROM kv WHERE k = ?");
        using var start = new ManualResetEventSlim();

        var requests = Enumerable.Range(0, Requests).Select(k => Task.Run(async () =>
        {
            start.Wait();
            var rows = await (await session.ExecuteAsync(k % 2 == 0
                ? select.Bind(k)
                : new SimpleStatement("SELECT k, v FROM kv WHERE k = ?", k))).ToListAsync();
            return (Asked: k, Rows: rows);
        })).ToArray();
        start.Set();
        var answers = await Task.WhenAll(requests);

        Assert.All(answers, answer =>
        {
            var row = Assert.Single(answer.Rows);
            Assert.Equal(answer.Asked, row.GetValue<int>("k"));
            Assert.Equal($"value-{answer.Asked}", row.GetValue<string>("v"));
        });
        var connection = Assert.Single(((Session)session).Pools.Single().Connections);
        Assert.True(connection.PeakInFlight > 1, $"requests were not multiplexed (peak in flight {connection.PeakInFlight})");
        Assert.Equal(0, connection.InFlight); // every stream id came back
    }

    [Fact]
    public async Task More_requests_than_stream_ids_wait_for_a_free_one()
    {
        await using var cluster = CassandraFixture.NewBuilder().WithConnectionsPerHost(1).WithMaxRequestsPerConnection(4).Build();
        await using var session = await cluster.ConnectAsync(_fixture.Keyspace);

        var answers = await Task.WhenAll(Enumerable.Range(0, Requests).Select(async k =>
            (await (await session.ExecuteAsync(new SimpleStatement("SELECT v FROM kv WHERE k = ?", k))).ToListAsync()).Single().GetValue<string>(0)));

        Assert.Equal(Enumerable.Range(0, Requests).Select(k => $"value-{k}"), answers);
        Assert.True(((Session)session).Pools.Single().Connections.Single().PeakInFlight <= 4);
    }
}
