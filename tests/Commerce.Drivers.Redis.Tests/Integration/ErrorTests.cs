using Commerce.Drivers.Redis.Tests.Support;

namespace Commerce.Drivers.Redis.Tests.Integration;

public class ErrorTests
{
    [Theory]
    [InlineData(RedisProtocol.Resp3)]
    [InlineData(RedisProtocol.Resp2)]
    public async Task Server_errors_carry_their_prefix_and_leave_the_connection_usable(RedisProtocol protocol)
    {
        await using var redis = await RedisScope.StartAsync(protocol);
        var db = redis.Db;
        await db.StringSetAsync("str", "x");
        var wrongType = await Assert.ThrowsAsync<RedisServerException>(() => db.SetAddAsync("str", "m"));
        Assert.Equal("WRONGTYPE", wrongType.Prefix);
        var unknown = await Assert.ThrowsAsync<RedisServerException>(() => db.ExecuteAsync("NOSUCHCOMMAND", "x"));
        Assert.Equal("ERR", unknown.Prefix);
        Assert.Contains("unknown command", unknown.Message);
        var noScript = await Assert.ThrowsAsync<RedisServerException>(() => db.ExecuteAsync("EVALSHA", new string('0', 40), 0));
        Assert.Equal("NOSCRIPT", noScript.Prefix);
        Assert.Equal("x", (string?)await db.StringGetAsync("str"));
    }

    [Fact]
    public async Task A_command_canceled_before_it_is_written_is_never_sent()
    {
        await using var redis = await RedisScope.StartAsync();
        using var canceled = new CancellationTokenSource();
        canceled.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => redis.Db.StringIncrementAsync("n", 1, canceled.Token));
        Assert.Equal(1, await redis.Db.StringIncrementAsync("n"));
    }

    [Fact]
    public async Task A_timed_out_command_does_not_shift_later_replies()
    {
        // A script that keeps the server busy past syncTimeout; the late reply must be matched to
        // the timed-out command, not to the next one.
        await using var redis = await RedisScope.StartAsync(configure: o => o.SyncTimeout = TimeSpan.FromMilliseconds(100));
        const string busy = "local t = redis.call('TIME') local stop = t[1] * 1000000 + t[2] + 400000 " +
                            "repeat t = redis.call('TIME') until t[1] * 1000000 + t[2] >= stop return 'late'";
        await Assert.ThrowsAsync<RedisTimeoutException>(() => redis.Db.ExecuteAsync("EVAL", busy, 0));

        // Retry until the server is free again; every reply must then still be the one asked for.
        RedisValue value = default;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                await redis.Db.StringSetAsync("after", "mine");
                value = await redis.Db.StringGetAsync("after");
                break;
            }
            catch (RedisTimeoutException)
            {
                // still behind the busy script
            }
        }

        Assert.Equal("mine", value.ToString());
    }

    [Fact]
    public async Task A_command_canceled_in_flight_gives_up_and_later_replies_stay_matched()
    {
        await using var redis = await RedisScope.StartAsync();
        var db = redis.Db;
        const string busy = "local t = redis.call('TIME') local stop = t[1] * 1000000 + t[2] + 150000 " +
                            "repeat t = redis.call('TIME') until t[1] * 1000000 + t[2] >= stop return 'slow'";
        using var cts = new CancellationTokenSource();
        var slow = db.ExecuteAsync("EVAL", new object[] { busy, 0 }, cts.Token);
        var counted = db.StringIncrementAsync("n", 1, cts.Token);
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => slow);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => counted);

        // Whether or not the canceled INCR reached the server, the next replies belong to their own commands.
        var n = await db.StringIncrementAsync("n", 10);
        Assert.True(n is 10 or 11, $"INCR answered {n}");
        Assert.Equal(n, (long)await db.StringGetAsync("n"));
        Assert.Equal("ok", (await db.ExecuteAsync("ECHO", "ok")).ToString());
    }

    [Theory]
    [InlineData("MULTI")]
    [InlineData("select")]
    [InlineData("SUBSCRIBE")]
    [InlineData("WATCH")]
    public async Task Commands_that_would_change_the_shared_connection_are_refused(string command)
    {
        await using var redis = await RedisScope.StartAsync();
        var before = redis.Multiplexer.RoundTripCount;
        var e = await Assert.ThrowsAsync<ArgumentException>(() => redis.Db.ExecuteAsync(command, "x"));
        Assert.Contains("use ", e.Message);
        Assert.Equal(before, redis.Multiplexer.RoundTripCount);
        Assert.Equal("ok", (await redis.Db.ExecuteAsync("ECHO", "ok")).ToString());
    }
}
