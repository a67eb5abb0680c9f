using Commerce.Drivers.Redis.Tests.Support;

namespace Commerce.Drivers.Redis.Tests;

/// <summary>Handshake paths and byte-by-byte delivery, against a scripted loopback server.</summary>
public class FakeServerTests
{
    [Fact]
    public async Task Every_resp3_type_arrives_one_byte_at_a_time_and_is_reassembled()
    {
        var replies = new Dictionary<string, string>
        {
            ["map"] = "%2\r\n+first\r\n:1\r\n+second\r\n:2\r\n",
            ["set"] = "~5\r\n+orange\r\n+apple\r\n#t\r\n:100\r\n:999\r\n",
            ["attr"] = "|1\r\n+key-popularity\r\n%2\r\n$1\r\na\r\n,0.1923\r\n$1\r\nb\r\n,0.0012\r\n*2\r\n:2039123\r\n:9543892\r\n",
            ["verbatim"] = "=15\r\ntxt:Some string\r\n",
            ["big"] = "(3492890328409238509324850943850943825024385\r\n",
            ["double"] = ",1.23\r\n",
            ["bool"] = "#f\r\n",
            ["null"] = "_\r\n",
            ["bulk"] = "$6\r\na\r\nb\0c\r\n",
        };
        await using var server = new FakeRedisServer(args => args[0] switch
        {
            "HELLO" => "%2\r\n+proto\r\n:3\r\n+id\r\n:77\r\n",
            "ECHO" => replies[args[1]],
            "BLOB" => "!21\r\nSYNTAX invalid syntax\r\n",
            _ => "-ERR unexpected\r\n",
        });
        await using var mux = (ConnectionMultiplexer)await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{server.Port}");
        Assert.Equal(RedisProtocol.Resp3, mux.Protocol);
        Assert.Equal(77, mux.MainClientId);
        var db = mux.GetDatabase();

        // In flight together: the in-order reader must hand each reply to its own caller.
        var names = replies.Keys.ToArray();
        var results = await Task.WhenAll(names.Select(n => db.ExecuteAsync("ECHO", n)));
        var byName = names.Zip(results).ToDictionary(p => p.First, p => p.Second);

        Assert.Equal(2, byName["map"].ToDictionary()["second"].Integer);
        Assert.Equal(ResultType.Set, byName["set"].Type);
        Assert.Equal(999, byName["set"].Items[4].Integer);
        Assert.Equal(9543892, byName["attr"].Items[1].Integer);
        Assert.Equal(0.0012, byName["attr"].Attributes![1].ToDictionary()["b"].Double);
        Assert.Equal(("txt", "Some string"), (byName["verbatim"].VerbatimFormat, byName["verbatim"].ToString()));
        Assert.Equal("3492890328409238509324850943850943825024385", byName["big"].ToBigInteger().ToString());
        Assert.Equal(1.23, byName["double"].Double);
        Assert.False(byName["bool"].Boolean);
        Assert.True(byName["null"].IsNull);
        Assert.Equal("a\r\nb\0c"u8.ToArray(), byName["bulk"].Bytes);

        var e = await Assert.ThrowsAsync<RedisServerException>(() => db.ExecuteAsync("BLOB"));
        Assert.Equal("SYNTAX", e.Prefix);
    }

    [Fact]
    public async Task A_server_that_refuses_hello_gets_resp2_with_auth_by_user_and_password()
    {
        await using var server = new FakeRedisServer(args => args[0] switch
        {
            "HELLO" => "-ERR unknown command 'HELLO', with args beginning with: '3'\r\n",
            "AUTH" when args is [_, "app", "s3cret"] => "+OK\r\n",
            "AUTH" => "-WRONGPASS invalid username-password pair\r\n",
            "CLIENT" => ":42\r\n",
            "GET" => "$-1\r\n",
            _ => "-ERR unexpected\r\n",
        });
        await using var mux = (ConnectionMultiplexer)await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{server.Port},user=app,password=s3cret");
        Assert.Equal(RedisProtocol.Resp2, mux.Protocol);
        Assert.Equal(42, mux.MainClientId);
        Assert.True((await mux.GetDatabase().StringGetAsync("k")).IsNull);
        lock (server.Received)
        {
            Assert.Equal(["HELLO", "3", "AUTH", "app", "s3cret"], server.Received[0]);
            Assert.Equal(["AUTH", "app", "s3cret"], server.Received[1]);
            Assert.Equal(["CLIENT", "ID"], server.Received[2]);
        }

        var refused = await Assert.ThrowsAsync<RedisConnectionException>(
            () => ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{server.Port},user=app,password=wrong"));
        Assert.Contains("WRONGPASS", refused.Message);
    }

    [Fact]
    public async Task Keys_and_database_selection_on_the_wire()
    {
        await using var server = new FakeRedisServer(args => args[0] switch
        {
            "HELLO" => "%1\r\n+id\r\n:1\r\n",
            "SELECT" or "SET" => "+OK\r\n",
            _ => "-ERR unexpected\r\n",
        });
        await using var mux = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{server.Port},keyPrefix=commerce,defaultDatabase=3");
        await mux.GetDatabase().StringSetAsync("cart:1", "x", TimeSpan.FromSeconds(90), When.NotExists);
        await mux.GetDatabase(3).StringSetAsync("cart:2", "y");
        await mux.GetDatabase(0).StringSetAsync("cart:3", "z");
        lock (server.Received)
        {
            Assert.Equal(
                [
                    ["HELLO", "3"],
                    ["SELECT", "3"],
                    ["SET", "commerce:cart:1", "x", "PX", "90000", "NX"],
                    ["SET", "commerce:cart:2", "y"],
                    ["SELECT", "0"],
                    ["SET", "commerce:cart:3", "z"],
                ],
                server.Received);
        }
    }
}

public class OutageTests
{
    private static string Answer(string[] args) => args[0] switch
    {
        "HELLO" => "%1\r\n+id\r\n:5\r\n",
        "PING" => "+PONG\r\n",
        _ => "-ERR unexpected\r\n",
    };

    [Fact]
    public async Task Commands_during_an_outage_fail_typed_and_the_client_reconnects_when_the_server_returns()
    {
        var server = new FakeRedisServer(Answer);
        var port = server.Port;
        var options = ConfigurationOptions.Parse($"127.0.0.1:{port},syncTimeout=300");
        options.ReconnectDelay = TimeSpan.FromMilliseconds(10);
        options.MaxReconnectDelay = TimeSpan.FromMilliseconds(80);
        await using var mux = await ConnectionMultiplexer.ConnectAsync(options);
        var db = mux.GetDatabase();
        Assert.Equal("PONG", (await db.ExecuteAsync("PING")).ToString());

        await server.DisposeAsync();

        // Down: a command either meets the dying socket or waits for a reconnect that cannot
        // happen; both end in a RedisConnectionException, never a hang or a wrong reply.
        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<RedisConnectionException>(() => db.ExecuteAsync("PING"));
        }

        Assert.False(mux.IsConnected);

        await using var back = new FakeRedisServer(Answer, port);
        RedisResult? pong = null;
        for (var attempt = 0; attempt < 50 && pong is null; attempt++)
        {
            try
            {
                pong = await db.ExecuteAsync("PING");
            }
            catch (RedisConnectionException)
            {
                // the backoff has not come round to the new server yet
            }
        }

        Assert.Equal("PONG", pong?.ToString());
        Assert.True(mux.IsConnected);
        Assert.Equal(1, mux.ReconnectCount);
    }
}
