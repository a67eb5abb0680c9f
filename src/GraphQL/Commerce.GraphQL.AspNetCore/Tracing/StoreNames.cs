namespace Commerce.GraphQL.AspNetCore.Tracing;

/// <summary>The five stores and the ActivitySource each reports its round trips from (CONTRIBUTING.md, "Tracing").</summary>
public static class StoreNames
{
    public const string Postgres = "postgres";
    public const string Mongo = "mongo";
    public const string Neo4j = "neo4j";
    public const string Cassandra = "cassandra";
    public const string Redis = "redis";

    public static readonly IReadOnlyList<string> All = [Postgres, Mongo, Neo4j, Cassandra, Redis];

    /// <summary>Store name of a driver's ActivitySource, or null for sources that are not a store's.</summary>
    public static string? OfActivitySource(string sourceName) => sourceName switch
    {
        "Npgsql" => Postgres,
        "Commerce.Drivers.Mongo" => Mongo,
        "Commerce.Drivers.Bolt" => Neo4j,
        "Commerce.Drivers.Cql" => Cassandra,
        "Commerce.Drivers.Redis" => Redis,
        _ => null,
    };
}
