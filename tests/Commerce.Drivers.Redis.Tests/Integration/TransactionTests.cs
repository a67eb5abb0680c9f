using Commerce.Drivers.Redis.Tests.Support;

namespace Commerce.Drivers.Redis.Tests.Integration;

public class TransactionTests
{
    [Theory]
    [InlineData(RedisProtocol.Resp3)]
    [InlineData(RedisProtocol.Resp2)]
    public async Task Commits_when_conditions_hold(RedisProtocol protocol)
    {
        await using var redis = await RedisScope.StartAsync(protocol);
        var db = redis.Db;
        await db.StringSetAsync("stock", 3);
        var tran = db.CreateTransaction();
        tran.AddCondition(Condition.StringEqual("stock", 3));
        tran.AddCondition(Condition.KeyNotExists("order"));
        var decrement = tran.StringIncrementAsync("stock", -1);
        var order = tran.HashSetAsync("order", "sku", "A-1");
        var read = tran.StringGetAsync("stock");
        Assert.False(decrement.IsCompleted); // queued until EXEC
        Assert.True(await tran.ExecuteAsync());
        Assert.Equal(2, await decrement);
        Assert.True(await order);
        Assert.Equal(2, (long)await read);
        Assert.Equal("A-1", (string?)await db.HashGetAsync("order", "sku"));
    }

    [Fact]
    public async Task A_failed_condition_runs_nothing_and_cancels_the_queued_commands()
    {
        await using var redis = await RedisScope.StartAsync();
        var db = redis.Db;
        await db.StringSetAsync("stock", 0);
        var tran = db.CreateTransaction();
        tran.AddCondition(Condition.StringNotEqual("stock", 0));
        var decrement = tran.StringIncrementAsync("stock", -1);
        Assert.False(await tran.ExecuteAsync());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => decrement);
        Assert.Equal(0, (long)await db.StringGetAsync("stock"));
    }

    [Theory]
    [InlineData(RedisProtocol.Resp3)]
    [InlineData(RedisProtocol.Resp2)]
    public async Task Exec_aborts_when_a_watched_key_changes_after_the_check(RedisProtocol protocol)
    {
        await using var redis = await RedisScope.StartAsync(protocol);
        await using var other = await RedisServer.ConnectAsync(RedisServer.Options(keyPrefix: redis.Prefix));
        var db = redis.Db;
        await db.StringSetAsync("price", 100);
        var tran = (RedisTransaction)db.CreateTransaction();
        tran.AddCondition(Condition.StringEqual("price", 100));
        var set = tran.StringSetAsync("price", 90);
        var log = tran.SetAddAsync("log", "discounted");

        // Between the condition check and EXEC another client changes the watched key.
        tran.BeforeMulti = () => other.GetDatabase().StringSetAsync("price", 120);

        Assert.False(await tran.ExecuteAsync());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => set);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => log);
        Assert.Equal(120, (long)await db.StringGetAsync("price"));
        Assert.False(await db.KeyExistsAsync("log"));

        // The pooled connection is clean afterwards: the next transaction commits.
        var retry = db.CreateTransaction();
        retry.AddCondition(Condition.StringEqual("price", 120));
        var again = retry.StringSetAsync("price", 108);
        Assert.True(await retry.ExecuteAsync());
        Assert.True(await again);
        Assert.Equal(108, (long)await db.StringGetAsync("price"));
    }

    [Fact]
    public async Task A_command_failing_inside_exec_fails_alone()
    {
        await using var redis = await RedisScope.StartAsync();
        var db = redis.Db;
        await db.StringSetAsync("str", "x");
        var tran = db.CreateTransaction();
        var bad = tran.SetAddAsync("str", "member");
        var good = tran.StringSetAsync("other", "y");
        Assert.True(await tran.ExecuteAsync());
        var e = await Assert.ThrowsAsync<RedisServerException>(() => bad);
        Assert.Equal("WRONGTYPE", e.Prefix);
        Assert.True(await good);
        Assert.Equal("y", (string?)await db.StringGetAsync("other"));
    }

    [Fact]
    public async Task Hash_conditions()
    {
        await using var redis = await RedisScope.StartAsync();
        var db = redis.Db;
        await db.HashSetAsync("cart", "sku1", 1);
        var tran = db.CreateTransaction();
        tran.AddCondition(Condition.HashExists("cart", "sku1"));
        tran.AddCondition(Condition.HashNotExists("cart", "sku2"));
        tran.AddCondition(Condition.HashEqual("cart", "sku1", 1));
        _ = tran.HashIncrementAsync("cart", "sku1", 4);
        Assert.True(await tran.ExecuteAsync());
        Assert.Equal(5, (long)await db.HashGetAsync("cart", "sku1"));
    }
}
