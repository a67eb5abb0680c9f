namespace Commerce.Drivers.Mongo;

/// <summary>Everything a <see cref="MongoClient"/> needs; usually built from a connection string.</summary>
public sealed record MongoClientSettings
{
    public IReadOnlyList<ServerAddress> Servers { get; init; } = [new ServerAddress("localhost")];
    public MongoCredential? Credential { get; init; }
    public string? DatabaseName { get; init; }
    public string? ReplicaSetName { get; init; }
    public bool DirectConnection { get; init; }
    public string? ApplicationName { get; init; }
    public int MaxConnectionPoolSize { get; init; } = 100;
    public TimeSpan WaitQueueTimeout { get; init; } = TimeSpan.FromMinutes(2);
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan ServerSelectionTimeout { get; init; } = TimeSpan.FromSeconds(30);
    public WriteConcern? WriteConcern { get; init; }

    public static MongoClientSettings FromConnectionString(string connectionString) => ConnectionStringParser.Parse(connectionString);
}
