namespace Commerce.Drivers.Redis.Tests.Support;

/// <summary>Where the test Redis lives: <c>ConnectionStrings__Redis</c>, else the project's local server.</summary>
public static class RedisServer
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Redis") is { Length: > 0 } configured
            ? configured
            : "127.0.0.1:16379";

    public static ConfigurationOptions Options(RedisProtocol protocol = RedisProtocol.Resp3, string? keyPrefix = null)
    {
        var options = ConfigurationOptions.Parse(ConnectionString);
        options.Protocol = protocol;
        options.KeyPrefix = keyPrefix;
        return options;
    }

    /// <summary>Connects, or fails naming the command that starts the server (never skips).</summary>
    public static async Task<ConnectionMultiplexer> ConnectAsync(ConfigurationOptions options)
    {
        try
        {
            return (ConnectionMultiplexer)await ConnectionMultiplexer.ConnectAsync(options);
        }
        catch (RedisConnectionException e)
        {
            Assert.Fail($"Redis at {options.Host}:{options.Port} is not reachable; start it with `scripts/services.sh up redis`. ({e.Message})");
            throw;
        }
    }
}
