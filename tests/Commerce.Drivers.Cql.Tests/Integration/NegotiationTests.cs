using System.Net;
using Commerce.Drivers.Cql.Connections;

namespace Commerce.Drivers.Cql.Tests.Integration;

public class NegotiationTests : IClassFixture<CassandraFixture>
{
    private readonly CassandraFixture _fixture;

    public NegotiationTests(CassandraFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task The_server_rejects_a_v4_startup_with_a_protocol_version_error()
    {
        var endPoint = await FirstEndPointAsync();
        var rejection = await Assert.ThrowsAnyAsync<CqlServerException>(() =>
            Connection.OpenAsync(endPoint, 4, new ConnectionSettings(), CancellationToken.None));
        Assert.Contains("protocol version", rejection.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(ProtocolNegotiation.IsVersionRejection(rejection));
    }

    [Fact]
    public async Task A_cluster_starting_at_v4_falls_back_to_v3_on_a_new_connection_and_works()
    {
        await using var cluster = CassandraFixture.NewBuilder().WithMaxProtocolVersion(4).Build();
        await using var session = await cluster.ConnectAsync();
        Assert.Equal(3, session.BinaryProtocolVersion);
        Assert.Equal(3, cluster.ProtocolVersion);
        var row = (await (await session.ExecuteAsync("SELECT release_version FROM system.local")).ToListAsync()).Single();
        Assert.StartsWith("2.1", row.GetValue<string>("release_version"));
        var pool = ((Session)session).Pools.Single();
        Assert.All(pool.Connections, c => Assert.Equal(3, c.ProtocolVersion));
    }

    [Fact]
    public async Task Options_answers_supported_with_the_cql_version()
    {
        var options = await _fixture.Session.GetSupportedOptionsAsync();
        Assert.Contains(options["CQL_VERSION"], v => v.StartsWith("3.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Builder_with_explicit_contact_point_and_port_connects()
    {
        var parsed = CassandraConnectionString.Parse(CassandraFixture.ConnectionString);
        await using var cluster = Cluster.Builder().AddContactPoint(parsed.ContactPoints[0]).WithPort(parsed.Port ?? 9042).Build();
        await using var session = await cluster.ConnectAsync(_fixture.Keyspace);
        Assert.Equal(_fixture.Keyspace, session.Keyspace);
        var rows = await (await session.ExecuteAsync(new SimpleStatement("SELECT keyspace_name FROM system.schema_keyspaces WHERE keyspace_name = ?", _fixture.Keyspace))).ToListAsync();
        Assert.Single(rows);
    }

    [Fact]
    public async Task Connecting_to_an_unknown_keyspace_is_an_invalid_query()
    {
        await using var cluster = CassandraFixture.NewBuilder().Build();
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => cluster.ConnectAsync("no_such_keyspace_here"));
        Assert.Contains("no_such_keyspace_here", error.Message);
    }

    [Fact]
    public async Task A_closed_port_gives_no_host_available_naming_the_host()
    {
        await using var cluster = Cluster.Builder().AddContactPoint("127.0.0.1").WithPort(1).Build();
        var error = await Assert.ThrowsAsync<NoHostAvailableException>(() => cluster.ConnectAsync());
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 1), error.Errors.Keys.Single());
    }

    [Fact]
    public async Task The_pool_reconnects_after_its_connections_are_lost()
    {
        await using var cluster = CassandraFixture.NewBuilder().WithConnectionsPerHost(1).Build();
        await using var session = await cluster.ConnectAsync(_fixture.Keyspace);
        var pool = ((Session)session).Pools.Single();
        var before = pool.Connections.Single();
        await before.DisposeAsync(); // the socket goes away as if the server had dropped it
        Assert.True(before.IsClosed);

        var rows = await (await session.ExecuteAsync("SELECT release_version FROM system.local")).ToListAsync();

        Assert.Single(rows);
        var after = pool.Connections.Single();
        Assert.NotSame(before, after);
        Assert.Equal(_fixture.Keyspace, after.Keyspace); // the new connection was switched to the session keyspace
    }

    private static async Task<IPEndPoint> FirstEndPointAsync()
    {
        var parsed = CassandraConnectionString.Parse(CassandraFixture.ConnectionString);
        var addresses = await Dns.GetHostAddressesAsync(parsed.ContactPoints[0]);
        return new IPEndPoint(addresses.First(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork), parsed.Port ?? 9042);
    }
}
