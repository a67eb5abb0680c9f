using Commerce.Drivers.Redis.Tests.Support;

namespace Commerce.Drivers.Redis.Tests.Integration;

public class StringAndKeyTests
{
    [Theory]
    [InlineData(RedisProtocol.Resp3)]
    [InlineData(RedisProtocol.Resp2)]
    public async Task Set_get_delete_and_exists(RedisProtocol protocol)
    {
        await using var redis = await RedisScope.StartAsync(protocol);
        var db = redis.Db;
        Assert.True((await db.StringGetAsync("missing")).IsNull);
        Assert.True(await db.StringSetAsync("s", "hello"));
        Assert.Equal("hello", (await db.StringGetAsync("s")).ToString());
        Assert.True(await db.KeyExistsAsync("s"));
        Assert.True(await db.KeyDeleteAsync("s"));
        Assert.False(await db.KeyDeleteAsync("s"));
        Assert.False(await db.KeyExistsAsync("s"));
        await db.StringSetAsync("a", 1);
        await db.StringSetAsync("b", 2);
        Assert.Equal(2, await db.KeyDeleteAsync(["a", "b", "c"]));
        Assert.Equal(5, await db.StringIncrementAsync("n", 5));
        Assert.Equal(3, await db.StringIncrementAsync("n", -2));
    }

    [Theory]
    [InlineData(RedisProtocol.Resp3)]
    [InlineData(RedisProtocol.Resp2)]
    public async Task Many_keys_are_read_with_one_prefixed_MGET_in_key_order(RedisProtocol protocol)
    {
        await using var redis = await RedisScope.StartAsync(protocol);
        var db = redis.Db;
        // Written without the driver's prefixing, under the names the server must be asked for.
        await db.ExecuteAsync("SET", redis.Prefix + "a", "1");
        await db.ExecuteAsync("SET", redis.Prefix + "c", new byte[] { 0, 255 });
        var before = await CommandCountAsync(db, "mget");

        var values = await db.StringGetAsync(["a", "b", "c"]);

        Assert.Equal(before + 1, await CommandCountAsync(db, "mget"));
        Assert.Equal(3, values.Length);
        Assert.Equal("1", (string?)values[0]);
        Assert.True(values[1].IsNull);
        Assert.Equal(new byte[] { 0, 255 }, (byte[]?)values[2]);
        Assert.Empty(await db.StringGetAsync(Array.Empty<RedisKey>()));
    }

    /// <summary>How many times the server ran <paramref name="command"/> (INFO commandstats).</summary>
    private static async Task<long> CommandCountAsync(IDatabase db, string command)
    {
        var info = (await db.ExecuteAsync("INFO", "commandstats")).ToString();
        var line = info.Split('\n').FirstOrDefault(l => l.StartsWith($"cmdstat_{command}:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split("calls=")[1].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData(RedisProtocol.Resp3)]
    [InlineData(RedisProtocol.Resp2)]
    public async Task When_not_exists_and_when_exists(RedisProtocol protocol)
    {
        await using var redis = await RedisScope.StartAsync(protocol);
        var db = redis.Db;
        Assert.False(await db.StringSetAsync("k", "x", when: When.Exists));
        Assert.True(await db.StringSetAsync("k", "first", when: When.NotExists));
        Assert.False(await db.StringSetAsync("k", "second", when: When.NotExists));
        Assert.Equal("first", (string?)await db.StringGetAsync("k"));
        Assert.True(await db.StringSetAsync("k", "third", when: When.Exists));
        Assert.Equal("third", (string?)await db.StringGetAsync("k"));
    }

    [Theory]
    [InlineData(RedisProtocol.Resp3)]
    [InlineData(RedisProtocol.Resp2)]
    public async Task Expiry_ttl_and_persist(RedisProtocol protocol)
    {
        await using var redis = await RedisScope.StartAsync(protocol);
        var db = redis.Db;
        await db.StringSetAsync("e", "v", expiry: TimeSpan.FromMinutes(10));
        var ttl = await db.KeyTimeToLiveAsync("e");
        Assert.NotNull(ttl);
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));

        // The server reports the same expiry through its own command, in seconds.
        var serverTtl = await db.ExecuteAsync("TTL", redis.Prefix + "e");
        Assert.InRange(serverTtl.ToInt64(), 540, 600);

        Assert.True(await db.KeyExpireAsync("e", TimeSpan.FromHours(2)));
        Assert.InRange((await db.KeyTimeToLiveAsync("e"))!.Value, TimeSpan.FromMinutes(119), TimeSpan.FromHours(2));
        Assert.True(await db.KeyExpireAsync("e", null));
        Assert.Null(await db.KeyTimeToLiveAsync("e"));
        Assert.Null(await db.KeyTimeToLiveAsync("missing"));
        Assert.False(await db.KeyExpireAsync("missing", TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Key_prefix_is_applied_on_the_server()
    {
        await using var redis = await RedisScope.StartAsync();
        await redis.Db.StringSetAsync("cart:7", "x");
        var raw = await redis.Db.ExecuteAsync("EXISTS", redis.Prefix + "cart:7");
        Assert.Equal(1, raw.ToInt64());
        var unprefixed = await redis.Db.ExecuteAsync("EXISTS", "cart:7");
        Assert.Equal(0, unprefixed.ToInt64());
    }

    [Fact]
    public async Task Databases_are_selected_per_command_on_one_connection()
    {
        await using var redis = await RedisScope.StartAsync();
        var db0 = redis.Database(0);
        var db1 = redis.Database(1);
        var writes = Enumerable.Range(0, 50).Select(i => (i % 2 == 0 ? db0 : db1).StringSetAsync($"k{i / 2}", $"db{i % 2}")).ToArray();
        await Task.WhenAll(writes);
        var reads0 = await Task.WhenAll(Enumerable.Range(0, 25).Select(i => db0.StringGetAsync($"k{i}")));
        var reads1 = await Task.WhenAll(Enumerable.Range(0, 25).Select(i => db1.StringGetAsync($"k{i}")));
        Assert.All(reads0, v => Assert.Equal("db0", v.ToString()));
        Assert.All(reads1, v => Assert.Equal("db1", v.ToString()));
    }

    [Fact]
    public async Task Large_values_cross_many_reads_intact()
    {
        await using var redis = await RedisScope.StartAsync();
        var big = new byte[3 * 1024 * 1024 + 7];
        new Random(42).NextBytes(big);
        await redis.Db.StringSetAsync("big", big);
        var back = (byte[]?)await redis.Db.StringGetAsync("big");
        Assert.Equal(big, back);
        Assert.Equal(big.Length, (await redis.Db.ExecuteAsync("STRLEN", redis.Prefix + "big")).ToInt64());
    }
}
