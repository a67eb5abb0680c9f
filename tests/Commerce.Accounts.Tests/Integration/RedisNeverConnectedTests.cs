using System.Net;
using System.Net.Sockets;
using Commerce.Accounts.Tests.Infrastructure;

namespace Commerce.Accounts.Tests.Integration;

/// <summary>Redis at a port where nothing listens, from start-up on: the multiplexer has never connected.</summary>
public sealed class RedisNeverUpHost : AccountsHost
{
    public const int Limit = 2;

    protected override AccountsOptions Configure(AccountsOptions options) => options with
    {
        RedisConfiguration = $"127.0.0.1:{ClosedPort()},connectTimeout=200",
        RequestsPerWindow = Limit,
        PasswordIterations = 10_000,
    };

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class RedisNeverConnectedTests(RedisNeverUpHost host) : IClassFixture<RedisNeverUpHost>
{
    [Fact]
    public async Task Requests_are_anonymous_and_unthrottled_and_only_fields_needing_redis_fail_as_store_unavailable()
    {
        for (var i = 0; i < RedisNeverUpHost.Limit + 3; i++)
        {
            var who = await host.PostAsync("{ whoAmI { authenticated } }", token: "a-token-that-cannot-be-checked");
            Assert.Equal(200, who.Status);
            Assert.False(who.Ok().GetProperty("whoAmI").GetProperty("authenticated").GetBoolean());
        }

        var login = await host.LoginAsync(AccountsHost.NewEmail(), "whatever password");
        Assert.Equal("STORE_UNAVAILABLE", login.Code());
    }
}
