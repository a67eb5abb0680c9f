using Commerce.Drivers.Redis.Tests.Support;

namespace Commerce.Drivers.Redis.Tests.Integration;

public class HashSetSortedSetTests
{
    [Theory]
    [InlineData(RedisProtocol.Resp3)]
    [InlineData(RedisProtocol.Resp2)]
    public async Task Hashes(RedisProtocol protocol)
    {
        await using var redis = await RedisScope.StartAsync(protocol);
        var db = redis.Db;
        Assert.True(await db.HashSetAsync("h", "name", "widget"));
        Assert.False(await db.HashSetAsync("h", "name", "gadget"));
        Assert.False(await db.HashSetAsync("h", "name", "never", When.NotExists));
        Assert.Equal("gadget", (string?)await db.HashGetAsync("h", "name"));
        await db.HashSetAsync("h", [new HashEntry("qty", 2), new HashEntry("price", "9.50")]);
        Assert.Equal(5, await db.HashIncrementAsync("h", "qty", 3));
        Assert.Equal(10.25, await db.HashIncrementAsync("h", "price", 0.75));
        var all = (await db.HashGetAllAsync("h")).ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());
        Assert.Equal(new Dictionary<string, string> { ["name"] = "gadget", ["qty"] = "5", ["price"] = "10.25" }, all);
        Assert.True(await db.HashDeleteAsync("h", "qty"));
        Assert.False(await db.HashDeleteAsync("h", "qty"));
        Assert.True((await db.HashGetAsync("h", "qty")).IsNull);
        Assert.Empty(await db.HashGetAllAsync("nothing"));

        // RESP3 answers HGETALL with a map, RESP2 with a flat array; the API hides the difference.
        var raw = await db.ExecuteAsync("HGETALL", redis.Prefix + "h");
        Assert.Equal(protocol == RedisProtocol.Resp3 ? ResultType.Map : ResultType.Array, raw.Type);
    }

    [Theory]
    [InlineData(RedisProtocol.Resp3)]
    [InlineData(RedisProtocol.Resp2)]
    public async Task Sets(RedisProtocol protocol)
    {
        await using var redis = await RedisScope.StartAsync(protocol);
        var db = redis.Db;
        Assert.True(await db.SetAddAsync("s", "a"));
        Assert.False(await db.SetAddAsync("s", "a"));
        Assert.Equal(2, await db.SetAddAsync("s", ["b", "c", "a"]));
        Assert.Equal(["a", "b", "c"], (await db.SetMembersAsync("s")).Select(v => v.ToString()).Order());
        Assert.True(await db.SetRemoveAsync("s", "b"));
        Assert.False(await db.SetRemoveAsync("s", "b"));
        Assert.Equal(["a", "c"], (await db.SetMembersAsync("s")).Select(v => v.ToString()).Order());
        var raw = await db.ExecuteAsync("SMEMBERS", redis.Prefix + "s");
        Assert.Equal(protocol == RedisProtocol.Resp3 ? ResultType.Set : ResultType.Array, raw.Type);
    }

    [Theory]
    [InlineData(RedisProtocol.Resp3)]
    [InlineData(RedisProtocol.Resp2)]
    public async Task Sorted_sets(RedisProtocol protocol)
    {
        await using var redis = await RedisScope.StartAsync(protocol);
        var db = redis.Db;
        Assert.True(await db.SortedSetAddAsync("z", "low", 1));
        Assert.True(await db.SortedSetAddAsync("z", "mid", 5));
        Assert.True(await db.SortedSetAddAsync("z", "high", 10));
        Assert.False(await db.SortedSetAddAsync("z", "low", 2));
        Assert.False(await db.SortedSetAddAsync("z", "low", 99, When.NotExists));
        Assert.Equal(7.5, await db.SortedSetIncrementAsync("z", "mid", 2.5));

        Assert.Equal(["low", "mid", "high"], (await db.SortedSetRangeByScoreAsync("z")).Select(v => v.ToString()));
        Assert.Equal(["high", "mid", "low"], (await db.SortedSetRangeByScoreAsync("z", order: Order.Descending)).Select(v => v.ToString()));
        Assert.Equal(["mid"], (await db.SortedSetRangeByScoreAsync("z", 2, 10, Exclude.Both)).Select(v => v.ToString()));
        Assert.Equal(["mid", "high"], (await db.SortedSetRangeByScoreAsync("z", 2, 10, Exclude.Start)).Select(v => v.ToString()));
        Assert.Equal(["mid"], (await db.SortedSetRangeByScoreAsync("z", skip: 1, take: 1)).Select(v => v.ToString()));
        Assert.Equal(
            [new SortedSetEntry("low", 2), new SortedSetEntry("mid", 7.5), new SortedSetEntry("high", 10)],
            await db.SortedSetRangeByScoreWithScoresAsync("z"));

        // ZSCORE is a double in RESP3 and a bulk string in RESP2.
        var score = await db.ExecuteAsync("ZSCORE", redis.Prefix + "z", "mid");
        Assert.Equal(protocol == RedisProtocol.Resp3 ? ResultType.Double : ResultType.BulkString, score.Type);
        Assert.Equal(7.5, score.ToDouble());
    }
}
