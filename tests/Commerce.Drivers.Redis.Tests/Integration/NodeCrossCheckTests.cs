using System.Text.Json;
using Commerce.Drivers.Redis.Tests.Support;

namespace Commerce.Drivers.Redis.Tests.Integration;

/// <summary>Bytes written by one client must read back identically through the official node client, and back.</summary>
public class NodeCrossCheckTests
{
    private static readonly Dictionary<string, byte[]> Samples = new()
    {
        ["empty"] = [],
        ["ascii"] = "plain text"u8.ToArray(),
        ["nul"] = [0, 0, (byte)'a', 0],
        ["crlf"] = "line1\r\nline2\r\n$3\r\n*1\r\n"u8.ToArray(),
        ["invalid-utf8"] = [0xFF, 0xFE, 0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x82],
        ["utf8"] = "caf\u00e9 \u20ac \U0001F6D2"u8.ToArray(),
        ["all-bytes"] = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray(),
        ["large"] = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 31 % 251)).ToArray(),
    };

    [Theory]
    [InlineData(RedisProtocol.Resp3)]
    [InlineData(RedisProtocol.Resp2)]
    public async Task Values_written_by_our_client_read_back_identically_in_node(RedisProtocol protocol)
    {
        await using var redis = await RedisScope.StartAsync(protocol);
        foreach (var (name, bytes) in Samples)
        {
            Assert.True(await redis.Db.StringSetAsync(name, bytes));
        }

        await redis.Db.HashSetAsync("hash", [new HashEntry(new byte[] { 0, 0xFF, 13, 10 }, Samples["invalid-utf8"]), new HashEntry("f", Samples["nul"])]);

        var request = JsonSerializer.Serialize(new
        {
            read = Samples.Keys.Select(k => redis.Prefix + k).Append(redis.Prefix + "missing").ToArray(),
            hashRead = new[] { redis.Prefix + "hash" },
        });
        using var reply = JsonDocument.Parse(await NodeRunner.RunAsync("crosscheck.js", request, HostPort(), RedisServer.Options().Password ?? "", RedisServer.Options().User ?? ""));
        var read = reply.RootElement.GetProperty("read");
        foreach (var (name, bytes) in Samples)
        {
            Assert.Equal(Convert.ToHexStringLower(bytes), read.GetProperty(redis.Prefix + name).GetString());
        }

        Assert.Equal(JsonValueKind.Null, read.GetProperty(redis.Prefix + "missing").ValueKind);
        var hash = reply.RootElement.GetProperty("hashRead").GetProperty(redis.Prefix + "hash");
        Assert.Equal(Convert.ToHexStringLower(Samples["invalid-utf8"]), hash.GetProperty("00ff0d0a").GetString());
        Assert.Equal(Convert.ToHexStringLower(Samples["nul"]), hash.GetProperty(Convert.ToHexStringLower("f"u8)).GetString());
    }

    [Theory]
    [InlineData(RedisProtocol.Resp3)]
    [InlineData(RedisProtocol.Resp2)]
    public async Task Values_written_by_node_read_back_identically_in_our_client(RedisProtocol protocol)
    {
        await using var redis = await RedisScope.StartAsync(protocol);
        var request = JsonSerializer.Serialize(new
        {
            write = Samples.ToDictionary(s => redis.Prefix + "node:" + s.Key, s => Convert.ToHexStringLower(s.Value)),
        });
        await NodeRunner.RunAsync("crosscheck.js", request, HostPort(), RedisServer.Options().Password ?? "", RedisServer.Options().User ?? "");
        foreach (var (name, bytes) in Samples)
        {
            var value = await redis.Db.StringGetAsync("node:" + name);
            Assert.False(value.IsNull, name);
            Assert.Equal(bytes, (byte[]?)value);
        }
    }

    private static string HostPort()
    {
        var options = RedisServer.Options();
        return $"{options.Host}:{options.Port}";
    }
}
