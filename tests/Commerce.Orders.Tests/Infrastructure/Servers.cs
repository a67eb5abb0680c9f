namespace Commerce.Orders.Tests.Infrastructure;

/// <summary>The test servers (scripts/services.sh starts them); environment variables override the defaults.</summary>
public static class Servers
{
    public static string Postgres { get; } =
        Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") ?? "Host=127.0.0.1;Port=15432;Username=postgres;Database=commerce;Timeout=5";

    public static string Redis { get; } = Environment.GetEnvironmentVariable("ConnectionStrings__Redis") ?? "127.0.0.1:16379";

    public static string Mongo { get; } =
        Environment.GetEnvironmentVariable("ConnectionStrings__Mongo") ?? "mongodb://127.0.0.1:27519/?directConnection=true&serverSelectionTimeoutMS=5000&connectTimeoutMS=5000";

    public static Exception Unreachable(string store, Exception inner) =>
        new InvalidOperationException($"{store} is not reachable; start the servers with `scripts/services.sh up`.", inner);
}
