namespace Commerce.Drivers.Redis.Tests.Support;

/// <summary>
/// One test's own multiplexer with a unique key prefix; disposing deletes every key under that prefix
/// (in each database the test touched) and nothing else. Never FLUSHALL: the server is shared.
/// </summary>
public sealed class RedisScope : IAsyncDisposable
{
    private readonly HashSet<int> _databases = [0];

    private RedisScope(ConnectionMultiplexer multiplexer, string prefix)
    {
        Multiplexer = multiplexer;
        Prefix = prefix;
    }

    public ConnectionMultiplexer Multiplexer { get; }

    /// <summary>The raw prefix (with trailing colon) every key of this test starts with on the server.</summary>
    public string Prefix { get; }

    public IDatabase Db => Multiplexer.GetDatabase();

    public static async Task<RedisScope> StartAsync(RedisProtocol protocol = RedisProtocol.Resp3, Action<ConfigurationOptions>? configure = null)
    {
        var prefix = $"test:redis:{Guid.NewGuid():N}";
        var options = RedisServer.Options(protocol, prefix);
        configure?.Invoke(options);
        return new RedisScope(await RedisServer.ConnectAsync(options), prefix + ":");
    }

    public IDatabase Database(int db)
    {
        _databases.Add(db);
        return Multiplexer.GetDatabase(db);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            foreach (var db in _databases)
            {
                var database = Multiplexer.GetDatabase(db);
                var cursor = "0";
                do
                {
                    var page = await database.ExecuteAsync("SCAN", cursor, "MATCH", Prefix + "*", "COUNT", 1000);
                    cursor = page.Items[0].ToString();
                    var keys = page.Items[1].Items.Select(k => (object)k.Bytes!).ToArray();
                    if (keys.Length > 0)
                    {
                        await database.ExecuteAsync("DEL", keys);
                    }
                }
                while (cursor != "0");
            }
        }
        finally
        {
            await Multiplexer.DisposeAsync();
        }
    }
}
