namespace Commerce.Drivers.Cql;

/// <summary>The connection string form the DataStax driver documents: semicolon-separated key=value pairs.</summary>
public sealed record CassandraConnectionString
{
    public IReadOnlyList<string> ContactPoints { get; init; } = [];

    public int? Port { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    public string? DefaultKeyspace { get; init; }

    public static CassandraConnectionString Parse(string connectionString)
    {
        var result = new CassandraConnectionString();
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=');
            if (equals <= 0) throw new FormatException($"'{part}' is not a key=value pair.");
            var key = part[..equals].Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
            var value = part[(equals + 1)..].Trim();
            result = key switch
            {
                "contactpoints" or "host" or "hosts" => result with
                {
                    ContactPoints = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                },
                "port" => result with { Port = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "username" or "userid" or "user" => result with { Username = value },
                "password" => result with { Password = value },
                "defaultkeyspace" or "keyspace" => result with { DefaultKeyspace = value },
                _ => throw new FormatException($"Unknown connection string key '{part[..equals]}'."),
            };
        }
        if (result.ContactPoints.Count == 0) throw new FormatException("The connection string names no contact points.");
        return result;
    }
}
