using System.Globalization;

namespace Commerce.Drivers.Mongo;

/// <summary>
/// mongodb://[username:password@]host1[:port1][,...hostN[:portN]][/[defaultauthdb][?options]]
/// per the Connection String specification. Option names are case-insensitive; unknown ones are ignored.
/// </summary>
internal static class ConnectionStringParser
{
    private const string Scheme = "mongodb://";

    public static MongoClientSettings Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        if (connectionString.StartsWith("mongodb+srv://", StringComparison.OrdinalIgnoreCase))
        {
            throw new MongoConfigurationException("mongodb+srv:// needs DNS SRV lookups, which this driver does not do; list the hosts instead.");
        }

        if (!connectionString.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new MongoConfigurationException("A connection string starts with mongodb://.");
        }

        var rest = connectionString[Scheme.Length..];
        var query = "";
        var queryAt = rest.IndexOf('?');
        if (queryAt >= 0)
        {
            query = rest[(queryAt + 1)..];
            rest = rest[..queryAt];
        }

        // The user info may hold '/' only percent-encoded, so the first '/' after the last '@' ends the hosts.
        var at = rest.LastIndexOf('@');
        var slash = rest.IndexOf('/', at + 1);
        var authority = slash >= 0 ? rest[..slash] : rest;
        var path = slash >= 0 ? rest[(slash + 1)..] : "";

        string? username = null, password = null;
        var hostList = authority;
        if (at >= 0)
        {
            var userInfo = authority[..at];
            hostList = authority[(at + 1)..];
            var colon = userInfo.IndexOf(':');
            username = Decode(colon >= 0 ? userInfo[..colon] : userInfo);
            password = colon >= 0 ? Decode(userInfo[(colon + 1)..]) : null;
            if (username.Length == 0)
            {
                throw new MongoConfigurationException("The username in the connection string is empty.");
            }
        }

        var servers = hostList.Split(',').Select(ParseHost).ToList();
        var database = path.Length > 0 ? Decode(path) : null;
        var settings = new MongoClientSettings { Servers = servers, DatabaseName = database };
        string? authSource = null, mechanism = null;

        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0)
            {
                throw new MongoConfigurationException($"Option '{pair}' has no value.");
            }

            var name = pair[..eq].ToLowerInvariant();
            var value = Decode(pair[(eq + 1)..]);
            settings = name switch
            {
                "replicaset" => settings with { ReplicaSetName = value },
                "directconnection" => settings with { DirectConnection = Bool(name, value) },
                "appname" => settings with { ApplicationName = value },
                "maxpoolsize" => settings with { MaxConnectionPoolSize = PositiveInt(name, value) },
                "waitqueuetimeoutms" => settings with { WaitQueueTimeout = Milliseconds(name, value) },
                "connecttimeoutms" => settings with { ConnectTimeout = Milliseconds(name, value) },
                "serverselectiontimeoutms" => settings with { ServerSelectionTimeout = Milliseconds(name, value) },
                "w" => settings with { WriteConcern = new WriteConcern(int.TryParse(value, out var w) ? (Bson.BsonValue)w : value) },
                "tls" or "ssl" when Bool(name, value) => throw new MongoConfigurationException("TLS is not supported by this driver."),
                _ => settings,
            };
            authSource = name == "authsource" ? value : authSource;
            mechanism = name == "authmechanism" ? value : mechanism;
        }

        if (settings.DirectConnection && servers.Count > 1)
        {
            throw new MongoConfigurationException("directConnection=true allows only one host.");
        }

        if (mechanism is not null && mechanism != MongoCredential.ScramSha256)
        {
            throw new MongoConfigurationException($"authMechanism {mechanism} is not supported; use SCRAM-SHA-256.");
        }

        if (username is not null)
        {
            settings = settings with { Credential = new MongoCredential(username, password ?? "", authSource ?? database ?? "admin") };
        }

        return settings;
    }

    private static ServerAddress ParseHost(string text)
    {
        if (text.Length == 0)
        {
            throw new MongoConfigurationException("The connection string has an empty host.");
        }

        string host;
        string? port = null;
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']');
            if (close < 0)
            {
                throw new MongoConfigurationException($"Unterminated IPv6 literal in '{text}'.");
            }

            host = text[1..close];
            if (close + 1 < text.Length)
            {
                port = text[(close + 1)..].StartsWith(':') ? text[(close + 2)..] : throw new MongoConfigurationException($"Bad host '{text}'.");
            }
        }
        else
        {
            var colon = text.IndexOf(':');
            host = colon >= 0 ? text[..colon] : text;
            port = colon >= 0 ? text[(colon + 1)..] : null;
        }

        if (port is null)
        {
            return new ServerAddress(Decode(host));
        }

        return int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and <= 65535
            ? new ServerAddress(Decode(host), p)
            : throw new MongoConfigurationException($"Invalid port in '{text}'.");
    }

    private static string Decode(string value) => Uri.UnescapeDataString(value);

    private static bool Bool(string name, string value) => value.ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => throw new MongoConfigurationException($"Option {name} must be true or false, not '{value}'."),
    };

    private static int PositiveInt(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new MongoConfigurationException($"Option {name} must be a positive integer, not '{value}'.");

    private static TimeSpan Milliseconds(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? TimeSpan.FromMilliseconds(n)
            : throw new MongoConfigurationException($"Option {name} must be a number of milliseconds, not '{value}'.");
}
