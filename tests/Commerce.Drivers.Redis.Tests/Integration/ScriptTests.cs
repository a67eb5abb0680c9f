using Commerce.Drivers.Redis.Tests.Support;

namespace Commerce.Drivers.Redis.Tests.Integration;

public class ScriptTests
{
    // Values reach the script only through KEYS and ARGV; the text never changes with the data.
    private const string AddToCart = """
        local qty = redis.call('HINCRBY', KEYS[1], ARGV[1], ARGV[2])
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return qty
        """;

    [Theory]
    [InlineData(RedisProtocol.Resp3)]
    [InlineData(RedisProtocol.Resp2)]
    public async Task Script_runs_with_keys_and_argv_via_evalsha(RedisProtocol protocol)
    {
        await using var redis = await RedisScope.StartAsync(protocol);
        var db = redis.Db;
        var hostile = "sku'); redis.call('FLUSHALL') --";
        Assert.Equal(2, (long)await db.ScriptEvaluateAsync(AddToCart, ["cart"], [hostile, 2, 60000]));
        Assert.Equal(5, (long)await db.ScriptEvaluateAsync(AddToCart, ["cart"], [hostile, 3, 60000]));
        Assert.Equal("5", (string?)await db.HashGetAsync("cart", hostile));
        Assert.NotNull(await db.KeyTimeToLiveAsync("cart"));
    }

    [Fact]
    public async Task Script_cache_recovers_after_script_flush()
    {
        await using var redis = await RedisScope.StartAsync();
        var db = redis.Db;
        const string script = "return redis.call('INCRBY', KEYS[1], ARGV[1])";
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(script)));
        Assert.Equal(10, (long)await db.ScriptEvaluateAsync(script, ["n"], [10]));
        Assert.Equal(1, (await db.ExecuteAsync("SCRIPT", "EXISTS", sha)).Items[0].ToInt64());

        await db.ExecuteAsync("SCRIPT", "FLUSH");
        Assert.Equal(0, (await db.ExecuteAsync("SCRIPT", "EXISTS", sha)).Items[0].ToInt64());

        // EVALSHA now meets NOSCRIPT; the driver resends the script (loading it again) transparently.
        Assert.Equal(15, (long)await db.ScriptEvaluateAsync(script, ["n"], [5]));
        Assert.Equal(1, (await db.ExecuteAsync("SCRIPT", "EXISTS", sha)).Items[0].ToInt64());
        Assert.Equal(15, (long)await db.StringGetAsync("n"));
    }

    [Fact]
    public async Task Script_errors_surface_as_server_exceptions()
    {
        await using var redis = await RedisScope.StartAsync();
        var e = await Assert.ThrowsAsync<RedisServerException>(() => redis.Db.ScriptEvaluateAsync("return redis.error_reply('OUT_OF_STOCK sku 7')"));
        Assert.Equal("OUT_OF_STOCK", e.Prefix);
    }

    [Fact]
    public async Task Resp3_reply_types_from_a_real_server()
    {
        // Lua tables with these fields are how Redis 7 lets a script answer with RESP3 types.
        await using var redis = await RedisScope.StartAsync(RedisProtocol.Resp3);
        var db = redis.Db;
        var dbl = await db.ScriptEvaluateAsync("return {double=3.5}");
        Assert.Equal((ResultType.Double, 3.5), (dbl.Type, dbl.Double));
        var big = await db.ScriptEvaluateAsync("return {big_number='123456789012345678901234567890'}");
        Assert.Equal(ResultType.BigNumber, big.Type);
        Assert.Equal(System.Numerics.BigInteger.Parse("123456789012345678901234567890"), big.ToBigInteger());
        var verbatim = await db.ScriptEvaluateAsync("return {verbatim_string={format='txt', string='hi there'}}");
        Assert.Equal((ResultType.VerbatimString, "txt", "hi there"), (verbatim.Type, verbatim.VerbatimFormat, verbatim.ToString()));
        var map = await db.ScriptEvaluateAsync("return {map={a=1}}");
        Assert.Equal(ResultType.Map, map.Type);
        Assert.Equal(1, map.ToDictionary()["a"].Integer);
        var set = await db.ScriptEvaluateAsync("return {set={x=true}}");
        Assert.Equal(ResultType.Set, set.Type);
        Assert.Equal("x", set.Items.Single().ToString());
        var nil = await db.ScriptEvaluateAsync("return nil");
        Assert.True(nil.IsNull);
        var hello = await db.ExecuteAsync("HELLO", 3);
        Assert.Equal(ResultType.Map, hello.Type);
        Assert.Equal(3, hello.ToDictionary()["proto"].Integer);
    }

    [Fact]
    public async Task Resp2_sees_the_same_script_answers_in_resp2_types()
    {
        await using var redis = await RedisScope.StartAsync(RedisProtocol.Resp2);
        var db = redis.Db;
        Assert.Equal(ResultType.BulkString, (await db.ScriptEvaluateAsync("return {double=3.5}")).Type);
        Assert.Equal(ResultType.Array, (await db.ScriptEvaluateAsync("return {map={a=1}}")).Type);
        Assert.True((await db.ScriptEvaluateAsync("return nil")).IsNull);
    }
}
