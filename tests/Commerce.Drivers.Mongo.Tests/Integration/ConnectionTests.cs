using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo.Tests.Integration;

/// <summary>Pool limits, timeouts, the read retry, and the handshake, checked against the real server.</summary>
public sealed class ConnectionTests(MongoDatabaseFixture fixture) : IClassFixture<MongoDatabaseFixture>
{
    private static MongoClient NewClient(Func<MongoClientSettings, MongoClientSettings> configure) => new(configure(MongoServer.Settings()));

    /// <summary>The server's own view: connections (busy or idle) whose handshake named this application.</summary>
    private async Task<List<BsonDocument>> ServerConnectionsAsync(string applicationName)
    {
        var reply = await fixture.Client.GetDatabase("admin").RunCommandAsync(new BsonDocument
        {
            { "aggregate", 1 },
            { "pipeline", new BsonArray
                {
                    new BsonDocument("$currentOp", new BsonDocument { { "allUsers", true }, { "idleConnections", true } }),
                    new BsonDocument("$match", new BsonDocument("appName", applicationName)),
                }
            },
            { "cursor", new BsonDocument() },
        });
        return reply["cursor"]["firstBatch"].AsBsonArray.Select(d => d.AsBsonDocument).ToList();
    }

    [Fact]
    public async Task Handshake_sends_client_metadata()
    {
        var app = "meta-" + Guid.NewGuid().ToString("N")[..8];
        await using var client = NewClient(s => s with { ApplicationName = app });
        await client.GetDatabase(fixture.DatabaseName).RunCommandAsync(new BsonDocument("ping", 1));

        var connection = Assert.Single(await ServerConnectionsAsync(app));

        var metadata = connection["clientMetadata"];
        Assert.Equal(app, metadata["application"]["name"].AsString);
        Assert.Equal("Commerce.Drivers.Mongo", metadata["driver"]["name"].AsString);
        Assert.Equal("Linux", metadata["os"]["type"].AsString);
    }

    [Fact]
    public async Task Concurrent_operations_never_open_more_than_maxPoolSize_connections()
    {
        var app = "pool-" + Guid.NewGuid().ToString("N")[..8];
        await using var client = NewClient(s => s with { ApplicationName = app, MaxConnectionPoolSize = 2 });
        var collection = client.GetDatabase(fixture.DatabaseName).GetCollection<BsonDocument>("pool_" + app);
        await collection.InsertManyAsync(Enumerable.Range(0, 50).Select(i => new BsonDocument("_id", i)));

        var counts = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => collection.CountDocumentsAsync(Filter.Gte("_id", i))));

        Assert.Equal(Enumerable.Range(0, 24).Select(i => 50L - i), counts);
        var pool = await client.Executor.GetPoolAsync(CancellationToken.None);
        Assert.InRange(pool.OpenCount, 1, 2);
        Assert.InRange((await ServerConnectionsAsync(app)).Count, 1, 2);
    }

    [Fact]
    public async Task Waiting_longer_than_waitQueueTimeout_for_a_connection_fails()
    {
        await using var client = NewClient(s => s with { MaxConnectionPoolSize = 2, WaitQueueTimeout = TimeSpan.FromMilliseconds(200) });
        var pool = await client.Executor.GetPoolAsync(CancellationToken.None);
        var first = await pool.AcquireAsync(false, CancellationToken.None);
        var second = await pool.AcquireAsync(false, CancellationToken.None);

        await Assert.ThrowsAsync<MongoWaitQueueTimeoutException>(() => client.GetDatabase(fixture.DatabaseName).RunCommandAsync(new BsonDocument("ping", 1)));

        await pool.ReleaseAsync(first);
        await client.GetDatabase(fixture.DatabaseName).RunCommandAsync(new BsonDocument("ping", 1));
        await pool.ReleaseAsync(second);
        Assert.Equal(2, pool.OpenCount);
    }

    [Fact]
    public async Task Replica_set_discovery_finds_the_primary_of_the_named_set()
    {
        var server = MongoServer.Settings().Servers[0];
        await using var client = new MongoClient($"mongodb://{server}/?replicaSet=rs0");

        var hello = await client.GetDatabase("admin").RunCommandAsync(new BsonDocument("hello", 1));

        Assert.Equal("rs0", hello["setName"].AsString);
        Assert.True(hello["isWritablePrimary"].AsBoolean);
    }

    [Fact]
    public async Task Replica_set_discovery_refuses_a_server_of_another_set()
    {
        var server = MongoServer.Settings().Servers[0];
        await using var client = new MongoClient($"mongodb://{server}/?replicaSet=not-rs0&serverSelectionTimeoutMS=300");

        var error = await Assert.ThrowsAsync<MongoConnectionException>(() => client.GetDatabase("admin").RunCommandAsync(new BsonDocument("ping", 1)));
        Assert.Contains("not-rs0", error.Message);
    }

    [Fact]
    public async Task A_cancelled_operation_throws_and_the_pool_stays_usable()
    {
        await using var client = NewClient(s => s with { MaxConnectionPoolSize = 1 });
        var database = client.GetDatabase(fixture.DatabaseName);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => database.RunCommandAsync(new BsonDocument("ping", 1), cancelled.Token));

        var reply = await database.RunCommandAsync(new BsonDocument("ping", 1));
        Assert.Equal(1.0, reply["ok"].ToDouble());
    }

    [Fact]
    public async Task Unreachable_server_fails_with_a_connection_error()
    {
        // Port 1 on loopback: nothing listens, so the connect is refused (or times out after 500 ms).
        await using var client = new MongoClient(new MongoClientSettings
        {
            Servers = [new ServerAddress("127.0.0.1", 1)],
            DirectConnection = true,
            ConnectTimeout = TimeSpan.FromMilliseconds(500),
        });

        await Assert.ThrowsAsync<MongoConnectionException>(() => client.GetDatabase("x").RunCommandAsync(new BsonDocument("ping", 1)));
    }

    [Fact]
    public async Task A_read_on_a_dead_connection_is_retried_once_on_a_fresh_one()
    {
        await using var client = NewClient(s => s with { MaxConnectionPoolSize = 1 });
        var collection = client.GetDatabase(fixture.DatabaseName).GetCollection<BsonDocument>("retry_" + Guid.NewGuid().ToString("N")[..6]);
        await collection.InsertOneAsync(new BsonDocument("_id", 1));
        var pool = await client.Executor.GetPoolAsync(CancellationToken.None);
        using var recorder = new ActivityRecorder(fixture.DatabaseName);

        pool.SeverIdleConnectionsForTesting();
        var found = await collection.FindAsync(Filter.Eq("_id", 1)).ToListAsync();

        Assert.Single(found);
        // Two find attempts went out: the one on the severed socket, and the retry.
        Assert.Equal(2, recorder.Count("find"));
        Assert.Equal(System.Diagnostics.ActivityStatusCode.Error, recorder.Activities.First(a => (string?)a.GetTagItem("db.operation") == "find").Status);
    }

    [Fact]
    public async Task One_dead_connection_clears_its_idle_siblings()
    {
        await using var client = NewClient(s => s with { MaxConnectionPoolSize = 3 });
        var database = client.GetDatabase(fixture.DatabaseName);
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => database.RunCommandAsync(new BsonDocument("ping", 1))));
        var pool = await client.Executor.GetPoolAsync(CancellationToken.None);
        Assert.True(pool.IdleCount >= 1);

        pool.SeverIdleConnectionsForTesting();
        await Assert.ThrowsAsync<MongoConnectionException>(() => database.RunCommandAsync(new BsonDocument("ping", 1)));

        Assert.Equal((0, 0), (pool.IdleCount, pool.OpenCount));
        await database.RunCommandAsync(new BsonDocument("ping", 1));
    }

    [Fact]
    public async Task A_write_on_a_dead_connection_is_not_retried()
    {
        await using var client = NewClient(s => s with { MaxConnectionPoolSize = 1 });
        var collection = client.GetDatabase(fixture.DatabaseName).GetCollection<BsonDocument>("noretry_" + Guid.NewGuid().ToString("N")[..6]);
        await collection.InsertOneAsync(new BsonDocument("_id", 1));
        var pool = await client.Executor.GetPoolAsync(CancellationToken.None);

        pool.SeverIdleConnectionsForTesting();
        await Assert.ThrowsAsync<MongoConnectionException>(() => collection.InsertOneAsync(new BsonDocument("_id", 2)));

        // The dead connection was discarded; the next write gets a new one.
        Assert.Equal(0, pool.IdleCount);
        await collection.InsertOneAsync(new BsonDocument("_id", 3));
        var ids = (await collection.FindAsync(Filter.Empty).ToListAsync()).Select(d => d["_id"].AsInt32).Order();
        Assert.Equal([1, 3], ids);
    }
}
