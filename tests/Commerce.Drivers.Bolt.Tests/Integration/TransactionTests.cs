namespace Commerce.Drivers.Bolt.Tests.Integration;

/// <summary>Explicit transactions (BEGIN/COMMIT/ROLLBACK statements on Bolt v1) and transaction functions.</summary>
[Collection(Neo4jCollection.Name)]
public class TransactionTests(Neo4jServer server)
{
    private async Task<long> CountAsync(TestLabel label)
    {
        await using var session = server.Driver.AsyncSession();
        return (await (await session.RunAsync($"MATCH (n:{label}) RETURN count(n) AS c")).SingleAsync()).Get<long>("c");
    }

    [Fact]
    public async Task Commit_makes_every_write_visible_to_other_sessions()
    {
        await using var label = new TestLabel(server.Driver);
        await using var session = server.Driver.AsyncSession();
        await using var tx = await session.BeginTransactionAsync();
        await (await tx.RunAsync($"CREATE (:{label} {{i: 1}})")).ConsumeAsync();
        await (await tx.RunAsync($"CREATE (:{label} {{i: 2}})")).ConsumeAsync();
        // Inside the transaction its own writes are visible; outside they are not yet.
        Assert.Equal(2L, (await (await tx.RunAsync($"MATCH (n:{label}) RETURN count(n) AS c")).SingleAsync())["c"]);
        Assert.Equal(0L, await CountAsync(label));
        await tx.CommitAsync();
        Assert.False(tx.IsOpen);
        Assert.Equal(2L, await CountAsync(label));
        Assert.NotEmpty(session.LastBookmarks.Values);
    }

    [Fact]
    public async Task Rollback_discards_the_writes()
    {
        await using var label = new TestLabel(server.Driver);
        await using var session = server.Driver.AsyncSession();
        var tx = await session.BeginTransactionAsync();
        await (await tx.RunAsync($"CREATE (:{label})")).ConsumeAsync();
        await tx.RollbackAsync();
        Assert.Equal(0L, await CountAsync(label));
        await Assert.ThrowsAsync<ClientException>(() => tx.RunAsync("RETURN 1"));
    }

    [Fact]
    public async Task Disposing_an_uncommitted_transaction_rolls_it_back()
    {
        await using var label = new TestLabel(server.Driver);
        await using var session = server.Driver.AsyncSession();
        await using (var tx = await session.BeginTransactionAsync())
        {
            await (await tx.RunAsync($"CREATE (:{label})")).ConsumeAsync();
        }
        Assert.Equal(0L, await CountAsync(label));
        // The session (and its connection) carry on.
        Assert.Equal(1L, (await (await session.RunAsync("RETURN 1 AS x")).SingleAsync())["x"]);
    }

    [Fact]
    public async Task A_session_refuses_auto_commit_queries_while_its_transaction_is_open()
    {
        await using var session = server.Driver.AsyncSession();
        await using var tx = await session.BeginTransactionAsync();
        await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETURN 1"));
        await tx.RollbackAsync();
    }

    [Fact]
    public async Task A_bookmark_from_one_session_is_accepted_by_the_next()
    {
        await using var label = new TestLabel(server.Driver);
        Bookmarks bookmarks;
        await using (var writer = server.Driver.AsyncSession())
        {
            await writer.ExecuteWriteAsync(tx => tx.RunAsync($"CREATE (:{label} {{v: 'written'}})"));
            bookmarks = writer.LastBookmarks;
        }
        Assert.NotEmpty(bookmarks.Values);
        await using var reader = server.Driver.AsyncSession(o => o.WithBookmarks(bookmarks));
        var value = await reader.ExecuteReadAsync(async tx =>
            (await (await tx.RunAsync($"MATCH (n:{label}) RETURN n.v AS v")).SingleAsync()).Get<string>("v"));
        Assert.Equal("written", value);
    }

    [Fact]
    public async Task Transaction_functions_commit_and_return_the_work_result()
    {
        await using var label = new TestLabel(server.Driver);
        await using var session = server.Driver.AsyncSession();
        var created = await session.ExecuteWriteAsync(async tx =>
        {
            var cursor = await tx.RunAsync($"UNWIND $names AS name CREATE (n:{label} {{name: name}}) RETURN n.name AS name",
                new { names = new[] { "x", "y", "z" } });
            return await cursor.ToListAsync(r => r.Get<string>("name"));
        });
        Assert.Equal(["x", "y", "z"], created);
        var read = await session.ExecuteReadAsync(async tx =>
            await (await tx.RunAsync($"MATCH (n:{label}) RETURN n.name AS name ORDER BY name DESC")).ToListAsync(r => r.Get<string>("name")));
        Assert.Equal(["z", "y", "x"], read);
    }

    [Fact]
    public async Task A_transient_failure_retries_the_whole_function_and_commits_once()
    {
        await using var label = new TestLabel(server.Driver);
        await using var driver = GraphDatabase.Driver(Neo4jServer.Uri, AuthTokens.None, c => c.WithTransactionRetryInitialDelay(TimeSpan.FromMilliseconds(10)));
        await using var session = driver.AsyncSession();
        var attempts = 0;
        await session.ExecuteWriteAsync(async tx =>
        {
            attempts++;
            await (await tx.RunAsync($"CREATE (:{label} {{attempt: $attempt}})", new { attempt = attempts })).ConsumeAsync();
            if (attempts < 3) throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "simulated by the test");
        });
        Assert.Equal(3, attempts);
        await using var check = server.Driver.AsyncSession();
        var committed = await (await check.RunAsync($"MATCH (n:{label}) RETURN n.attempt AS a")).ToListAsync(r => r.Get<int>("a"));
        Assert.Equal([3], committed);
    }

    [Fact]
    public async Task A_real_deadlock_between_two_transaction_functions_is_retried_until_both_commit()
    {
        await using var label = new TestLabel(server.Driver);
        await using (var setup = server.Driver.AsyncSession())
            await (await setup.RunAsync($"CREATE (:{label} {{k: 'a', v: 0}}), (:{label} {{k: 'b', v: 0}})")).ConsumeAsync();

        await using var driver = GraphDatabase.Driver(Neo4jServer.Uri, AuthTokens.None, c => c.WithTransactionRetryInitialDelay(TimeSpan.FromMilliseconds(20)));
        var bothLockedFirst = new Barrier(2);
        var transientFailures = 0;
        async Task Work(string first, string second)
        {
            await using var session = driver.AsyncSession();
            var attempt = 0;
            await session.ExecuteWriteAsync(async tx =>
            {
                attempt++;
                try
                {
                    await (await tx.RunAsync($"MATCH (n:{label} {{k: $k}}) SET n.v = n.v + 1", new { k = first })).ConsumeAsync();
                    // Only the first attempts meet in the middle, so that the deadlock happens exactly once.
                    if (attempt == 1) bothLockedFirst.SignalAndWait(TimeSpan.FromSeconds(30));
                    await (await tx.RunAsync($"MATCH (n:{label} {{k: $k}}) SET n.v = n.v + 1", new { k = second })).ConsumeAsync();
                }
                catch (TransientException)
                {
                    Interlocked.Increment(ref transientFailures);
                    throw;
                }
            });
        }
        await Task.WhenAll(Task.Run(() => Work("a", "b")), Task.Run(() => Work("b", "a")));

        Assert.True(transientFailures >= 1, "the server detected the deadlock and the driver saw a TransientException");
        await using var check = server.Driver.AsyncSession();
        var values = await (await check.RunAsync($"MATCH (n:{label}) RETURN n.k AS k, n.v AS v ORDER BY k")).ToListAsync(r => (r.Get<string>("k"), r.Get<long>("v")));
        Assert.Equal([("a", 2L), ("b", 2L)], values);
    }

    [Fact]
    public async Task A_client_error_inside_a_transaction_function_is_not_retried()
    {
        await using var session = server.Driver.AsyncSession();
        var attempts = 0;
        var error = await Assert.ThrowsAsync<ClientException>(() => session.ExecuteWriteAsync(async tx =>
        {
            attempts++;
            await tx.RunAsync("THIS IS NOT CYPHER");
        }));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal(1, attempts);
    }
}
