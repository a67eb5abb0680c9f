using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;
using Commerce.Drivers.Mongo.Bson.Serialization;

namespace Commerce.Catalog;

/// <summary>The catalog's own MongoDB client and collections; no other module reaches them.</summary>
public sealed class CatalogDatabase : IAsyncDisposable
{
    public const string ProductsCollection = "products";
    public const string CategoriesCollection = "categories";

    private readonly MongoClient _client;

    public CatalogDatabase(CatalogOptions options)
    {
        var settings = MongoClientSettings.FromConnectionString(options.ConnectionString);
        _client = new MongoClient(settings);
        Database = _client.GetDatabase(options.DatabaseName ?? settings.DatabaseName ?? CatalogOptions.DefaultDatabaseName);
        Products = Database.GetCollection<Product>(ProductsCollection);
        ProductDocuments = Database.GetCollection<BsonDocument>(ProductsCollection);
        Categories = Database.GetCollection<Category>(CategoriesCollection);
    }

    public IMongoDatabase Database { get; }

    public IMongoCollection<Product> Products { get; }

    /// <summary>The same collection untyped, for aggregations whose results are not products.</summary>
    public IMongoCollection<BsonDocument> ProductDocuments { get; }

    public IMongoCollection<Category> Categories { get; }

    public BsonMapper Mapper => _client.Mapper;

    public ValueTask DisposeAsync() => _client.DisposeAsync();
}
