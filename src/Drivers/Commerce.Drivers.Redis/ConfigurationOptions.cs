using System.Globalization;

namespace Commerce.Drivers.Redis;

/// <summary>
/// Parsed from <c>host:port,password=...,user=...,defaultDatabase=0,connectTimeout=5000,syncTimeout=5000,
/// keyPrefix=...,protocol=resp3|resp2,blockingPoolSize=2,name=...,abortConnect=true|false</c>. Times are in milliseconds.
/// </summary>
public sealed class ConfigurationOptions
{
    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 6379;
    public string? User { get; set; }
    public string? Password { get; set; }
    public int DefaultDatabase { get; set; }
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan SyncTimeout { get; set; } = TimeSpan.FromSeconds(5);
    public string? KeyPrefix { get; set; }
    public RedisProtocol Protocol { get; set; } = RedisProtocol.Resp3;
    public int BlockingPoolSize { get; set; } = 2;
    public string? ClientName { get; set; }

    /// <summary>
    /// True (the default): <c>ConnectAsync</c> throws when the first connection fails. False (<c>abortConnect=false</c>):
    /// it returns a multiplexer that keeps connecting in the background, as <c>ConnectionMultiplexer.Connect</c> does.
    /// </summary>
    public bool AbortOnConnectFail { get; set; } = true;

    /// <summary>First delay before a reconnect attempt; it doubles per failed attempt up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromMilliseconds(50);
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(5);

    public static ConfigurationOptions Parse(string configuration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        var options = new ConfigurationOptions();
        var endpointSeen = false;
        foreach (var raw in configuration.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = raw.IndexOf('=');
            if (eq < 0)
            {
                if (endpointSeen)
                {
                    throw new ArgumentException($"Only one endpoint is supported; '{raw}' is a second one.");
                }

                options.SetEndpoint(raw);
                endpointSeen = true;
                continue;
            }

            var name = raw[..eq].Trim();
            var value = raw[(eq + 1)..].Trim();
            switch (name.ToLowerInvariant())
            {
                case "password": options.Password = value; break;
                case "user": options.User = value; break;
                case "defaultdatabase": options.DefaultDatabase = ParseInt(name, value); break;
                case "connecttimeout": options.ConnectTimeout = TimeSpan.FromMilliseconds(ParseInt(name, value)); break;
                case "synctimeout": options.SyncTimeout = TimeSpan.FromMilliseconds(ParseInt(name, value)); break;
                case "keyprefix": options.KeyPrefix = value; break;
                case "name": options.ClientName = value; break;
                case "blockingpoolsize": options.BlockingPoolSize = Math.Max(1, ParseInt(name, value)); break;
                case "protocol":
                    options.Protocol = value.ToLowerInvariant() switch
                    {
                        "resp2" or "2" => RedisProtocol.Resp2,
                        "resp3" or "3" => RedisProtocol.Resp3,
                        _ => throw new ArgumentException($"protocol must be resp2 or resp3, not '{value}'."),
                    };
                    break;
                case "abortconnect": options.AbortOnConnectFail = ParseBool(name, value); break;
                case "ssl" or "allowadmin":
                    break; // accepted for familiarity; this driver speaks plain TCP
                default:
                    throw new ArgumentException($"Unknown Redis option '{name}'.");
            }
        }

        if (!endpointSeen)
        {
            throw new ArgumentException("The configuration names no host:port.");
        }

        return options;
    }

    public ConfigurationOptions Clone() => (ConfigurationOptions)MemberwiseClone();

    private void SetEndpoint(string endpoint)
    {
        var colon = endpoint.LastIndexOf(':');
        if (colon < 0)
        {
            Host = endpoint;
            return;
        }

        Host = endpoint[..colon].Trim('[', ']');
        Port = ParseInt("port", endpoint[(colon + 1)..]);
    }

    private static bool ParseBool(string name, string value) =>
        bool.TryParse(value, out var b) ? b : throw new ArgumentException($"Option {name} needs true or false, not '{value}'.");

    private static int ParseInt(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new ArgumentException($"Option {name} needs an integer, not '{value}'.");
}
