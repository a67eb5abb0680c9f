using System.Threading.Channels;
using Commerce.Drivers.Redis.Tests.Support;

namespace Commerce.Drivers.Redis.Tests.Integration;

public class ConnectionTests
{
    [Fact]
    public async Task Hello_3_negotiates_resp3_and_the_option_forces_resp2()
    {
        await using var resp3 = await RedisScope.StartAsync(RedisProtocol.Resp3);
        Assert.Equal(RedisProtocol.Resp3, resp3.Multiplexer.Protocol);
        await using var resp2 = await RedisScope.StartAsync(RedisProtocol.Resp2);
        Assert.Equal(RedisProtocol.Resp2, resp2.Multiplexer.Protocol);

        // The server's own view of each connection agrees.
        Assert.Contains("resp=3", (await resp3.Db.ExecuteAsync("CLIENT", "INFO")).ToString());
        Assert.Contains("resp=2", (await resp2.Db.ExecuteAsync("CLIENT", "INFO")).ToString());
    }

    [Fact]
    public async Task Client_name_and_default_database_are_applied()
    {
        var name = "commerce-test-" + Guid.NewGuid().ToString("N")[..8];
        await using var redis = await RedisScope.StartAsync(configure: o =>
        {
            o.ClientName = name;
            o.DefaultDatabase = 2;
        });
        Assert.Equal(name, (await redis.Db.ExecuteAsync("CLIENT", "GETNAME")).ToString());
        Assert.Equal(2, redis.Db.Database);
        await redis.Database(2).StringSetAsync("where", "two");
        Assert.Contains("db=2", (await redis.Database(2).ExecuteAsync("CLIENT", "INFO")).ToString());
    }

    [Fact]
    public async Task Unreachable_server_fails_with_a_connection_exception()
    {
        var options = ConfigurationOptions.Parse("127.0.0.1:1,connectTimeout=2000");
        var e = await Assert.ThrowsAsync<RedisConnectionException>(() => ConnectionMultiplexer.ConnectAsync(options));
        Assert.Contains("127.0.0.1:1", e.Message);
    }

    [Theory]
    [InlineData(RedisProtocol.Resp3)]
    [InlineData(RedisProtocol.Resp2)]
    public async Task Pending_commands_fail_typed_and_new_ones_wait_for_the_reconnect(RedisProtocol protocol)
    {
        await using var redis = await RedisScope.StartAsync(protocol);
        var db = redis.Db;
        await db.StringSetAsync("survivor", "kept");
        var oldId = (await db.ExecuteAsync("CLIENT", "ID")).ToInt64();
        Assert.Equal(oldId, redis.Multiplexer.MainClientId);
        Assert.Equal(0, redis.Multiplexer.ReconnectCount);

        // Behind a short busy script, the kill and the reads queue up and leave together in one write.
        // The server answers the kill of our own connection, then closes it without running the reads.
        const string busy = "local t = redis.call('TIME') local stop = t[1] * 1000000 + t[2] + 150000 " +
                            "repeat t = redis.call('TIME') until t[1] * 1000000 + t[2] >= stop return 1";
        var script = db.ExecuteAsync("EVAL", busy, 0);
        var kill = db.ExecuteAsync("CLIENT", "KILL", "ID", oldId, "SKIPME", "no");
        var pending = Enumerable.Range(0, 20).Select(_ => db.StringGetAsync("survivor")).ToArray();
        Assert.Equal(1, (await script).ToInt64());
        Assert.Equal(1, (await kill).ToInt64());
        foreach (var p in pending)
        {
            await Assert.ThrowsAsync<RedisConnectionException>(() => p);
        }

        // Issued while the connection is down: waits for the reconnect, then runs.
        Assert.Equal("kept", (string?)await db.StringGetAsync("survivor"));
        Assert.Equal(1, redis.Multiplexer.ReconnectCount);
        var newId = (await db.ExecuteAsync("CLIENT", "ID")).ToInt64();
        Assert.NotEqual(oldId, newId);
        Assert.Equal(protocol, redis.Multiplexer.Protocol);
        Assert.True(redis.Multiplexer.IsConnected);
    }

    [Fact]
    public async Task Killed_by_another_client_the_connection_comes_back()
    {
        await using var redis = await RedisScope.StartAsync();
        await using var admin = await RedisServer.ConnectAsync(RedisServer.Options());
        var id = redis.Multiplexer.MainClientId;
        Assert.Equal(1, (await admin.GetDatabase().ExecuteAsync("CLIENT", "KILL", "ID", id)).ToInt64());

        // The first command may still be written to the dying socket (typed failure) or wait for the
        // new one; within a few attempts it must succeed on a new connection.
        var attempts = 0;
        while (true)
        {
            attempts++;
            try
            {
                Assert.Equal(1, await redis.Db.StringIncrementAsync("n"));
                break;
            }
            catch (RedisConnectionException) when (attempts < 5)
            {
            }
        }

        Assert.Equal(1, redis.Multiplexer.ReconnectCount);
        Assert.NotEqual(id, redis.Multiplexer.MainClientId);
    }

    [Fact]
    public async Task Subscriptions_are_restored_after_the_subscriber_connection_is_killed()
    {
        await using var redis = await RedisScope.StartAsync();
        await using var admin = await RedisServer.ConnectAsync(RedisServer.Options());
        var channel = redis.Prefix + "resub";
        var received = Channel.CreateUnbounded<string>();
        var subscriber = redis.Multiplexer.Subscriber;
        await subscriber.SubscribeAsync(channel, (_, v) => received.Writer.TryWrite(v.ToString()));
        Assert.Equal(1, await subscriber.PublishAsync(channel, "before"));
        Assert.Equal("before", await received.Reader.ReadAsync());

        var id = subscriber.ClientId;
        Assert.Equal(1, (await admin.GetDatabase().ExecuteAsync("CLIENT", "KILL", "ID", id)).ToInt64());

        // Publish until the resubscribed connection hears it (bounded by count, not by time).
        long receivers = 0;
        for (var attempt = 0; attempt < 400 && receivers == 0; attempt++)
        {
            await Task.Delay(25);
            receivers = await subscriber.PublishAsync(channel, "after");
        }

        Assert.Equal(1, receivers);
        Assert.Equal("after", await received.Reader.ReadAsync());
        Assert.Equal(1, subscriber.ReconnectCount);
        Assert.NotEqual(id, subscriber.ClientId);
        await subscriber.UnsubscribeAsync(channel);
    }

    [Fact]
    public async Task Blocking_commands_use_the_pool_and_do_not_stall_the_shared_connection()
    {
        await using var redis = await RedisScope.StartAsync();
        var db = redis.Db;
        var queue = redis.Prefix + "queue";
        var popped = db.ExecuteAsync("BLPOP", queue, 0);

        // The main connection still answers while BLPOP waits on its pooled connection.
        for (var i = 0; i < 5; i++)
        {
            Assert.True(await db.StringSetAsync($"free{i}", i));
        }

        Assert.False(popped.IsCompleted);
        Assert.Equal(1, (await db.ExecuteAsync("RPUSH", queue, "job-1")).ToInt64());
        var reply = await popped;
        Assert.Equal([queue, "job-1"], reply.Items.Select(i => i.ToString()));
    }
}

public class AclTests
{
    [Theory]
    [InlineData(RedisProtocol.Resp3)]
    [InlineData(RedisProtocol.Resp2)]
    public async Task Connects_as_an_acl_user_and_is_refused_with_a_wrong_password(RedisProtocol protocol)
    {
        await using var admin = await RedisServer.ConnectAsync(RedisServer.Options());
        var db = admin.GetDatabase();
        var user = "test-redis-" + Guid.NewGuid().ToString("N")[..12];
        var password = Guid.NewGuid().ToString("N");
        await db.ExecuteAsync("ACL", "SETUSER", user, "on", ">" + password, "~test:redis:*", "+@all");
        try
        {
            var options = RedisServer.Options(protocol, keyPrefix: $"test:redis:{user}");
            options.User = user;
            options.Password = password;
            await using (var mux = await RedisServer.ConnectAsync(options))
            {
                Assert.Equal(protocol, mux.Protocol);
                Assert.Equal(user, (await mux.GetDatabase().ExecuteAsync("ACL", "WHOAMI")).ToString());
                Assert.True(await mux.GetDatabase().StringSetAsync("k", "v"));
                Assert.True(await mux.GetDatabase().KeyDeleteAsync("k"));

                // The user's key pattern is enforced: a key outside it is refused by the server.
                var denied = await Assert.ThrowsAsync<RedisServerException>(() => mux.GetDatabase().ExecuteAsync("GET", "elsewhere"));
                Assert.Equal("NOPERM", denied.Prefix);
            }

            options.Password = "wrong";
            var refused = await Assert.ThrowsAsync<RedisConnectionException>(() => ConnectionMultiplexer.ConnectAsync(options));
            Assert.Contains("WRONGPASS", refused.Message);
        }
        finally
        {
            await db.ExecuteAsync("ACL", "DELUSER", user);
        }
    }
}
