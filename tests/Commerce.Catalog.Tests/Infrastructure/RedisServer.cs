using Commerce.Drivers.Redis;

namespace Commerce.Catalog.Tests.Infrastructure;

/// <summary>The test Redis (scripts/services.sh starts it on 127.0.0.1:16379).</summary>
public static class RedisServer
{
    public static string Configuration { get; } =
        Environment.GetEnvironmentVariable("ConnectionStrings__Redis") is { Length: > 0 } configured ? configured : "127.0.0.1:16379";

    public static async Task<IConnectionMultiplexer> ConnectAsync(string configuration)
    {
        try
        {
            return await ConnectionMultiplexer.ConnectAsync(configuration);
        }
        catch (Exception e) when (e is RedisConnectionException or TimeoutException)
        {
            throw new InvalidOperationException($"Redis is not reachable at {Configuration}; start it with `scripts/services.sh up`.", e);
        }
    }

    /// <summary>A loopback port nothing listens on: bound once by the OS, then released.</summary>
    public static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
