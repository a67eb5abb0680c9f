namespace Commerce.Drivers.Mongo.Tests.Integration;

/// <summary>Where the test mongod is: the project's default port, or ConnectionStrings__Mongo.</summary>
internal static class MongoServer
{
    public const string DefaultConnectionString = "mongodb://127.0.0.1:27519/?directConnection=true";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Mongo") is { Length: > 0 } configured ? configured : DefaultConnectionString;

    public static MongoClientSettings Settings() => MongoClientSettings.FromConnectionString(ConnectionString) with
    {
        ConnectTimeout = TimeSpan.FromSeconds(10),
        ServerSelectionTimeout = TimeSpan.FromSeconds(10),
    };

    public static MongoException Unreachable(Exception inner) => new(
        $"MongoDB is not reachable at {ConnectionString}. Start it with `scripts/services.sh up mongo` " +
        "(or point ConnectionStrings__Mongo at a running mongod 7.0 replica set).", inner);
}
