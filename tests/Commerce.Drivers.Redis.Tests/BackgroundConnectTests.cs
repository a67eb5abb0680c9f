using System.Net;
using System.Net.Sockets;
using Commerce.Drivers.Redis.Tests.Support;

namespace Commerce.Drivers.Redis.Tests;

/// <summary><c>abortConnect=false</c>: a multiplexer exists while its server is down, and connects once it is up.</summary>
public class BackgroundConnectTests
{
    private static string Answer(string[] args) => args[0] switch
    {
        "HELLO" => "%1\r\n+id\r\n:7\r\n",
        "PING" => "+PONG\r\n",
        _ => "-ERR unexpected\r\n",
    };

    [Fact]
    public async Task Connect_against_a_closed_port_returns_a_multiplexer_whose_commands_fail_until_a_server_appears()
    {
        var port = ClosedPort();

        // syncTimeout is far beyond the test's patience: only connectTimeout can end the wait for a connection.
        var options = ConfigurationOptions.Parse($"127.0.0.1:{port},connectTimeout=200,syncTimeout=600000");
        options.ReconnectDelay = TimeSpan.FromMilliseconds(10);
        options.MaxReconnectDelay = TimeSpan.FromMilliseconds(80);
        await using var mux = ConnectionMultiplexer.Connect(options);
        var db = mux.GetDatabase();

        Assert.False(mux.IsConnected);
        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<RedisConnectionException>(() => db.ExecuteAsync("PING"));
        }

        await using var server = new FakeRedisServer(Answer, port);
        var pong = await FirstSuccessAsync(() => db.ExecuteAsync("PING"));

        Assert.Equal("PONG", pong?.ToString());
        Assert.True(mux.IsConnected);
        Assert.Equal(0, mux.ReconnectCount); // the first connection is not a reconnect
        Assert.Contains(server.Received, c => c[0] == "HELLO");
    }

    [Fact]
    public async Task ConnectAsync_with_abortConnect_false_returns_while_the_server_is_down_and_by_default_throws()
    {
        var port = ClosedPort();

        await using var background = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},abortConnect=false,connectTimeout=200");
        Assert.False(background.IsConnected);
        await Assert.ThrowsAsync<RedisConnectionException>(() => background.GetDatabase().ExecuteAsync("PING"));

        await Assert.ThrowsAsync<RedisConnectionException>(() => ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},connectTimeout=200"));
    }

    [Fact]
    public void AbortConnect_needs_a_boolean()
    {
        Assert.False(ConfigurationOptions.Parse("h:1,abortConnect=false").AbortOnConnectFail);
        Assert.True(ConfigurationOptions.Parse("h:1").AbortOnConnectFail);
        Assert.Throws<ArgumentException>(() => ConfigurationOptions.Parse("h:1,abortConnect=maybe"));
    }

    private static async Task<RedisResult?> FirstSuccessAsync(Func<Task<RedisResult>> command)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try
            {
                return await command();
            }
            catch (RedisConnectionException)
            {
                // the backoff has not come round to the new server yet
            }
        }

        return null;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
