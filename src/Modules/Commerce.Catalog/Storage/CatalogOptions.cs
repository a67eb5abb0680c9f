namespace Commerce.Catalog;

/// <summary>Where the catalog lives: configuration key <c>ConnectionStrings:Mongo</c>, database from the connection string.</summary>
public sealed record CatalogOptions
{
    public const string DefaultConnectionString = "mongodb://127.0.0.1:27519/commerce?directConnection=true";
    public const string DefaultDatabaseName = "commerce";

    public string ConnectionString { get; init; } = DefaultConnectionString;

    /// <summary>Overrides the database named in the connection string (tests use one database per class).</summary>
    public string? DatabaseName { get; init; }

    /// <summary>The read-through product cache in Redis; null (the default here) reads MongoDB only.</summary>
    public CatalogCacheOptions? Cache { get; init; }

    /// <summary>Create the indexes when the host starts.</summary>
    public bool EnsureIndexesOnStart { get; init; } = true;
}
