namespace Commerce.Drivers.Mongo;

public interface IMongoClient : IAsyncDisposable, IDisposable
{
    MongoClientSettings Settings { get; }

    IMongoDatabase GetDatabase(string name);

    Task DropDatabaseAsync(string name, CancellationToken cancellationToken = default);

    Task<List<string>> ListDatabaseNamesAsync(CancellationToken cancellationToken = default);

    Task<IClientSessionHandle> StartSessionAsync(CancellationToken cancellationToken = default);
}
