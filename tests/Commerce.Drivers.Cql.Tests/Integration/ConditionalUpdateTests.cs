namespace Commerce.Drivers.Cql.Tests.Integration;

public class ConditionalUpdateTests : IClassFixture<CassandraFixture>, IAsyncLifetime
{
    private readonly CassandraFixture _fixture;

    public ConditionalUpdateTests(CassandraFixture fixture) => _fixture = fixture;

    private ISession Session => _fixture.Session;

    public async Task InitializeAsync() => await Session.ExecuteAsync("CREATE TABLE IF NOT EXISTS accounts (id text PRIMARY KEY, owner text)");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Insert_if_not_exists_applies_once_with_a_serial_consistency()
    {
        var claim = await Session.PrepareAsync("INSERT INTO accounts (id, owner) VALUES (?, ?) IF NOT EXISTS");

        var first = (await (await Session.ExecuteAsync(claim.Bind("acc-1", "alice").SetSerialConsistencyLevel(ConsistencyLevel.LocalSerial))).ToListAsync()).Single();
        var second = (await (await Session.ExecuteAsync(claim.Bind("acc-1", "bob").SetSerialConsistencyLevel(ConsistencyLevel.Serial))).ToListAsync()).Single();

        Assert.True(first.GetValue<bool>("[applied]"));
        Assert.False(second.GetValue<bool>("[applied]"));
        Assert.Equal("alice", second.GetValue<string>("owner")); // a failed condition returns the current row
        Assert.Throws<ArgumentException>(() => claim.Bind("x", "y").SetSerialConsistencyLevel(ConsistencyLevel.Quorum));
    }
}
