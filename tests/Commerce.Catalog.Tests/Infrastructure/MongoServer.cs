namespace Commerce.Catalog.Tests.Infrastructure;

/// <summary>The test MongoDB (scripts/services.sh starts it on 127.0.0.1:27519).</summary>
public static class MongoServer
{
    public static string ConnectionString { get; } =
        Environment.GetEnvironmentVariable("ConnectionStrings__Mongo")
        ?? "mongodb://127.0.0.1:27519/?directConnection=true&serverSelectionTimeoutMS=5000&connectTimeoutMS=5000";

    public static Exception Unreachable(Exception inner) =>
        new InvalidOperationException($"MongoDB is not reachable at {ConnectionString}; start it with `scripts/services.sh up`.", inner);
}
