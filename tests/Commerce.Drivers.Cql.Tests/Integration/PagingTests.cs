namespace Commerce.Drivers.Cql.Tests.Integration;

public class PagingTests : IClassFixture<CassandraFixture>, IAsyncLifetime
{
    private const int RowCount = 250;
    private readonly CassandraFixture _fixture;

    public PagingTests(CassandraFixture fixture) => _fixture = fixture;

    private ISession Session => _fixture.Session;

    public async Task InitializeAsync()
    {
        await Session.ExecuteAsync("CREATE TABLE IF NOT EXISTS paged (p int, c int, v text, PRIMARY KEY (p, c))");
        var insert = await Session.PrepareAsync("INSERT INTO paged (p, c, v) VALUES (1, ?, ?)");
        foreach (var chunk in Enumerable.Range(0, RowCount).Chunk(50))
            await Task.WhenAll(chunk.Select(c => Session.ExecuteAsync(insert.Bind(c, $"v{c}"))));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Enumerating_fetches_every_page_transparently()
    {
        using var recorder = new ActivityRecorder(_fixture.Keyspace);
        var result = await Session.ExecuteAsync(new SimpleStatement("SELECT c FROM paged WHERE p = 1 /* auto */").SetPageSize(60));
        Assert.Equal(60, result.CurrentPage.Count);
        Assert.False(result.IsFullyFetched);

        var values = new List<int>();
        await foreach (var row in result) values.Add(row.GetValue<int>("c"));

        Assert.Equal(Enumerable.Range(0, RowCount), values);
        Assert.True(result.IsFullyFetched);
        Assert.Equal(5, recorder.Operations("/* auto */").Count(op => op == "QUERY SELECT")); // 60+60+60+60+10
    }

    [Fact]
    public async Task Manual_paging_resumes_from_the_paging_state_with_a_prepared_statement()
    {
        var select = await Session.PrepareAsync("SELECT c, v FROM paged WHERE p = ?");
        var pages = new List<int[]>();
        byte[]? state = null;
        do
        {
            var statement = select.Bind(1).SetPageSize(70).SetAutoPage(false).SetPagingState(state);
            var result = await Session.ExecuteAsync(statement);
            var rows = await result.ToListAsync(); // without auto-paging this is the one page
            pages.Add(rows.Select(r => r.GetValue<int>("c")).ToArray());
            Assert.All(rows, r => Assert.Equal($"v{r.GetValue<int>("c")}", r.GetValue<string>("v")));
            state = result.PagingState;
        } while (state is not null);

        Assert.Equal([70, 70, 70, 40], pages.Select(p => p.Length));
        Assert.Equal(Enumerable.Range(0, RowCount), pages.SelectMany(p => p));
    }

    [Fact]
    public async Task Fetch_more_results_moves_to_the_next_page()
    {
        var result = await Session.ExecuteAsync(new SimpleStatement("SELECT c FROM paged WHERE p = 1").SetPageSize(100).SetAutoPage(false));
        Assert.Equal(Enumerable.Range(0, 100), result.CurrentPage.Select(r => r.GetValue<int>(0)));
        await result.FetchMoreResultsAsync();
        Assert.Equal(Enumerable.Range(100, 100), result.CurrentPage.Select(r => r.GetValue<int>(0)));
        await result.FetchMoreResultsAsync();
        Assert.Equal(Enumerable.Range(200, 50), result.CurrentPage.Select(r => r.GetValue<int>(0)));
        Assert.True(result.IsFullyFetched);
    }

    [Fact]
    public async Task The_cluster_default_page_size_applies_and_a_negative_size_turns_paging_off()
    {
        await using var cluster = CassandraFixture.NewBuilder().WithDefaultPageSize(110).Build();
        await using var session = await cluster.ConnectAsync(_fixture.Keyspace);
        var paged = await session.ExecuteAsync("SELECT c FROM paged WHERE p = 1");
        Assert.Equal(110, paged.CurrentPage.Count);
        Assert.Equal(RowCount, (await paged.ToListAsync()).Count);

        var unpaged = await session.ExecuteAsync(new SimpleStatement("SELECT c FROM paged WHERE p = 1").SetPageSize(-1));
        Assert.Equal(RowCount, unpaged.CurrentPage.Count);
        Assert.Null(unpaged.PagingState);
    }
}
