using Commerce.Drivers.Bolt.Internal;

namespace Commerce.Drivers.Bolt.Tests.Integration;

[Collection(Neo4jCollection.Name)]
public class ConnectionPoolTests
{
    public ConnectionPoolTests(Neo4jServer server) => _ = server;

    private static (IDriver Driver, ConnectionPool Pool) Driver(int size, TimeSpan acquisitionTimeout)
    {
        var driver = GraphDatabase.Driver(Neo4jServer.Uri, AuthTokens.None,
            c => c.WithMaxConnectionPoolSize(size).WithConnectionAcquisitionTimeout(acquisitionTimeout));
        return (driver, ((Driver)driver).Pool);
    }

    [Fact]
    public async Task Sequential_sessions_reuse_one_connection()
    {
        var (driver, pool) = Driver(5, TimeSpan.FromSeconds(30));
        await using var _ = driver;
        for (var i = 0; i < 10; i++)
        {
            await using var session = driver.AsyncSession();
            Assert.Equal((long)i, (await (await session.RunAsync("RETURN $i AS i", new { i })).SingleAsync())["i"]);
        }
        Assert.Equal(1, pool.CreatedCount);
        Assert.Equal(1, pool.IdleCount);
        Assert.Equal(0, pool.InUseCount);
    }

    [Fact]
    public async Task A_full_pool_makes_acquisition_time_out_until_a_connection_returns()
    {
        var (driver, pool) = Driver(2, TimeSpan.FromMilliseconds(300));
        await using var _ = driver;
        await using var first = driver.AsyncSession();
        await using var second = driver.AsyncSession();
        var tx1 = await first.BeginTransactionAsync();
        var tx2 = await second.BeginTransactionAsync();
        Assert.Equal(2, pool.InUseCount);

        await using var third = driver.AsyncSession();
        var error = await Assert.ThrowsAsync<ClientException>(() => third.RunAsync("RETURN 1"));
        Assert.Equal("Neo.ClientError.Driver.ConnectionAcquisitionTimeout", error.Code);

        await (await tx1.RunAsync("RETURN 1")).ConsumeAsync();
        await tx1.CommitAsync();
        Assert.Equal(1L, (await (await third.RunAsync("RETURN 1 AS x")).SingleAsync())["x"]);
        await tx2.RollbackAsync();
        Assert.Equal(2, pool.CreatedCount);
        Assert.Equal(0, pool.InUseCount);
    }

    [Fact]
    public async Task Concurrent_sessions_share_at_most_max_size_connections()
    {
        var (driver, pool) = Driver(3, TimeSpan.FromSeconds(60));
        await using var _ = driver;
        var results = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(async () =>
        {
            await using var session = driver.AsyncSession();
            return await session.ExecuteReadAsync(async tx =>
                (await (await tx.RunAsync("UNWIND range(1, 200) AS x RETURN sum(x) + $i AS total", new { i })).SingleAsync()).Get<long>("total"));
        })));
        Assert.Equal(Enumerable.Range(0, 24).Select(i => 20100L + i), results);
        Assert.InRange(pool.CreatedCount, 1, 3);
        Assert.Equal(0, pool.InUseCount);
    }

    [Fact]
    public async Task A_connection_dropped_mid_use_is_replaced()
    {
        var (driver, pool) = Driver(1, TimeSpan.FromSeconds(30));
        await using var _ = driver;
        await using (var session = driver.AsyncSession())
        {
            // Bytes are unknown to Neo4j 3.1, which closes the connection (see TypeRoundTripTests).
            await Assert.ThrowsAsync<ServiceUnavailableException>(() => session.RunAsync("RETURN $b", new { b = new byte[] { 1 } }));
        }
        await using (var session = driver.AsyncSession())
            Assert.Equal(1L, (await (await session.RunAsync("RETURN 1 AS x")).SingleAsync())["x"]);
        Assert.Equal(2, pool.CreatedCount);
    }
}
