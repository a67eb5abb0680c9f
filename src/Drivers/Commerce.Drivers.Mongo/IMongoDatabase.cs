using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

public interface IMongoDatabase
{
    IMongoClient Client { get; }

    string DatabaseName { get; }

    IMongoCollection<T> GetCollection<T>(string name);

    /// <summary>Runs any command against this database and returns the reply; a failed command throws.</summary>
    Task<BsonDocument> RunCommandAsync(BsonDocument command, CancellationToken cancellationToken = default);

    Task<BsonDocument> RunCommandAsync(IClientSessionHandle session, BsonDocument command, CancellationToken cancellationToken = default);

    Task CreateCollectionAsync(string name, CancellationToken cancellationToken = default);

    Task DropCollectionAsync(string name, CancellationToken cancellationToken = default);

    Task<List<string>> ListCollectionNamesAsync(CancellationToken cancellationToken = default);
}
