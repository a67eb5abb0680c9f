using Commerce.Drivers.Bolt.Internal;

namespace Commerce.Drivers.Bolt.Tests.Integration;

/// <summary>
/// After a FAILURE the server IGNOREs everything until the client acknowledges it (ACK_FAILURE on
/// Bolt v1). These run on a one-connection pool so that "the same connection" is certain.
/// </summary>
[Collection(Neo4jCollection.Name)]
public class FailureRecoveryTests
{
    private static (IDriver Driver, ConnectionPool Pool) SingleConnectionDriver()
    {
        var driver = GraphDatabase.Driver(Neo4jServer.Uri, AuthTokens.None, c => c.WithMaxConnectionPoolSize(1));
        return (driver, ((Driver)driver).Pool);
    }

    public FailureRecoveryTests(Neo4jServer server) => _ = server;

    [Fact]
    public async Task A_syntax_error_carries_the_server_code_and_the_next_query_runs_on_the_same_connection()
    {
        var (driver, pool) = SingleConnectionDriver();
        await using var _ = driver;
        await using var session = driver.AsyncSession();

        var error = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETURN 1 +"));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("RETURN 1 +", error.Message); // the server quotes the faulty query

        var record = await (await session.RunAsync("RETURN 'recovered' AS state")).SingleAsync();
        Assert.Equal("recovered", record["state"]);
        Assert.Equal(1, pool.CreatedCount);
    }

    [Fact]
    public async Task A_failure_while_streaming_is_reported_and_acknowledged()
    {
        var (driver, pool) = SingleConnectionDriver();
        await using var _ = driver;
        await using var session = driver.AsyncSession();

        // The RUN succeeds; the division by zero fails during the PULL_ALL.
        var error = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("UNWIND [1, 0] AS x RETURN 10 / x AS y"));
        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);

        Assert.Equal(2L, (await (await session.RunAsync("RETURN 2 AS x")).SingleAsync())["x"]);
        Assert.Equal(1, pool.CreatedCount);
    }

    [Fact]
    public async Task A_constraint_violation_is_a_client_error_with_its_code()
    {
        await using var driver = GraphDatabase.Driver(Neo4jServer.Uri, AuthTokens.None);
        await using var label = new TestLabel(driver);
        await using var session = driver.AsyncSession();
        await (await session.RunAsync($"CREATE CONSTRAINT ON (p:{label}) ASSERT p.id IS UNIQUE")).ConsumeAsync();
        try
        {
            await (await session.RunAsync($"CREATE (:{label} {{id: 1}})")).ConsumeAsync();
            var error = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync($"CREATE (:{label} {{id: 1}})"));
            Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        }
        finally
        {
            await (await session.RunAsync($"DROP CONSTRAINT ON (p:{label}) ASSERT p.id IS UNIQUE")).ConsumeAsync();
        }
    }

    [Fact]
    public async Task A_failed_query_fails_its_transaction_which_rolls_back_and_frees_the_connection()
    {
        var (driver, pool) = SingleConnectionDriver();
        await using var _ = driver;
        await using var label = new TestLabel(driver);
        await using var session = driver.AsyncSession();

        var tx = await session.BeginTransactionAsync();
        await (await tx.RunAsync($"CREATE (:{label})")).ConsumeAsync();
        await Assert.ThrowsAsync<ClientException>(() => tx.RunAsync("RETURN 1 +"));
        Assert.True(tx.IsOpen);
        await Assert.ThrowsAsync<ClientException>(() => tx.RunAsync("RETURN 1"));
        await Assert.ThrowsAsync<ClientException>(() => tx.CommitAsync());
        Assert.False(tx.IsOpen);

        var count = await (await session.RunAsync($"MATCH (n:{label}) RETURN count(n) AS c")).SingleAsync();
        Assert.Equal(0L, count["c"]);
        Assert.Equal(1, pool.CreatedCount);
    }

    [Fact]
    public async Task The_connection_serves_a_new_transaction_after_a_failed_one()
    {
        var (driver, pool) = SingleConnectionDriver();
        await using var _ = driver;
        await using var label = new TestLabel(driver);
        await using var session = driver.AsyncSession();

        await using (var failed = await session.BeginTransactionAsync())
        {
            await Assert.ThrowsAsync<ClientException>(() => failed.RunAsync("MATCH (n) RETURN m"));
            await failed.RollbackAsync();
        }
        await using (var tx = await session.BeginTransactionAsync())
        {
            await (await tx.RunAsync($"CREATE (:{label} {{ok: true}})")).ConsumeAsync();
            await tx.CommitAsync();
        }
        var record = await (await session.RunAsync($"MATCH (n:{label}) RETURN n.ok AS ok")).SingleAsync();
        Assert.Equal(true, record["ok"]);
        Assert.Equal(1, pool.CreatedCount);
    }

    [Fact]
    public async Task A_cancelled_query_leaves_the_session_usable()
    {
        var (driver, _) = SingleConnectionDriver();
        await using var _driver = driver;
        await using var session = driver.AsyncSession();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.RunAsync(new Query("RETURN 1"), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.ExecuteReadAsync(tx => tx.RunAsync("RETURN 1"), cancellationToken: cancelled.Token));
        Assert.Equal(1L, (await (await session.RunAsync(new Query("RETURN 1 AS x"), CancellationToken.None)).SingleAsync())["x"]);
    }
}
