namespace Commerce.Drivers.Bolt.Tests.Integration;

[Collection(Neo4jCollection.Name)]
public class ServerConnectionTests(Neo4jServer server)
{
    [Fact]
    public async Task The_server_negotiates_bolt_1_and_names_itself()
    {
        var info = await server.Driver.GetServerInfoAsync();
        Assert.Equal("1.0", info.ProtocolVersion);
        Assert.StartsWith("Neo4j/3.", info.Agent);
    }

    [Fact]
    public async Task A_record_exposes_keys_values_and_positions()
    {
        await using var session = server.Driver.AsyncSession();
        var cursor = await session.RunAsync("RETURN 1 AS one, 'a' AS two");
        Assert.Equal(["one", "two"], await cursor.KeysAsync());
        var record = await cursor.SingleAsync();
        Assert.Equal(["one", "two"], record.Keys);
        Assert.Equal(1L, record["one"]);
        Assert.Equal("a", record[1]);
        Assert.Equal(new Dictionary<string, object?> { ["one"] = 1L, ["two"] = "a" }, record.Values);
    }

    [Fact]
    public async Task Fetch_and_current_walk_the_records_in_order()
    {
        await using var session = server.Driver.AsyncSession();
        var cursor = await session.RunAsync("UNWIND range(1, 5) AS i RETURN i, i * i AS square");
        var seen = new List<(int, long)>();
        while (await cursor.FetchAsync()) seen.Add((cursor.Current.Get<int>("i"), cursor.Current.Get<long>("square")));
        Assert.Equal([(1, 1L), (2, 4L), (3, 9L), (4, 16L), (5, 25L)], seen);
        Assert.False(await cursor.FetchAsync());
    }

    [Fact]
    public async Task Single_refuses_empty_and_multiple_results()
    {
        await using var session = server.Driver.AsyncSession();
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await (await session.RunAsync("UNWIND [] AS x RETURN x")).SingleAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await (await session.RunAsync("UNWIND [1, 2] AS x RETURN x")).SingleAsync());
        // The session is still usable after both.
        Assert.Equal(3L, (await (await session.RunAsync("RETURN 3 AS x")).SingleAsync())["x"]);
    }

    [Fact]
    public async Task Consume_reports_the_query_type_and_update_counters()
    {
        await using var label = new TestLabel(server.Driver);
        await using var session = server.Driver.AsyncSession();
        var cursor = await session.RunAsync($"CREATE (a:{label} {{x: 1}})-[:R]->(b:{label}) RETURN a", new { });
        var summary = await cursor.ConsumeAsync();
        Assert.Equal(2, summary.Counters.NodesCreated);
        Assert.Equal(1, summary.Counters.RelationshipsCreated);
        Assert.Equal(1, summary.Counters.PropertiesSet);
        Assert.Equal(2, summary.Counters.LabelsAdded);
        Assert.True(summary.Counters.ContainsUpdates);
        Assert.Equal(QueryType.ReadWrite, summary.QueryType);
        Assert.StartsWith("Neo4j/3.", summary.Server.Agent);
        await Assert.ThrowsAsync<ClientException>(() => cursor.FetchAsync());
    }

    [Fact]
    public async Task A_closed_port_is_service_unavailable()
    {
        await using var unreachable = GraphDatabase.Driver("bolt://127.0.0.1:1", AuthTokens.None, c => c.WithConnectionTimeout(TimeSpan.FromSeconds(5)));
        await Assert.ThrowsAsync<ServiceUnavailableException>(() => unreachable.VerifyConnectivityAsync());
    }

    [Fact]
    public async Task Basic_auth_is_accepted_by_a_server_with_auth_disabled()
    {
        await using var basic = GraphDatabase.Driver(Neo4jServer.Uri, AuthTokens.Basic("neo4j", "anything"));
        await basic.VerifyConnectivityAsync();
        await using var session = basic.AsyncSession();
        Assert.Equal(1L, (await (await session.RunAsync("RETURN 1 AS x")).SingleAsync())["x"]);
    }

    [Fact]
    public async Task Choosing_a_database_is_refused_on_bolt_1()
    {
        await using var session = server.Driver.AsyncSession(o => o.WithDatabase("neo4j"));
        var error = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETURN 1"));
        Assert.Contains("Bolt 3 or later", error.Message);
        await Assert.ThrowsAsync<ClientException>(() => session.BeginTransactionAsync());
    }
}
