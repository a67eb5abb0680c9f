using Commerce.Drivers.Mongo.Bson;
using Commerce.Drivers.Mongo.Bson.Serialization;
using Commerce.Drivers.Mongo.Operations;
using Commerce.Drivers.Mongo.Sessions;

namespace Commerce.Drivers.Mongo;

/// <summary>
/// The entry point: one per application, thread-safe, owning a connection pool to the primary and
/// the cache of class maps. Connections open lazily, on the first operation.
/// </summary>
public sealed class MongoClient : IMongoClient
{
    public MongoClient(string connectionString) : this(MongoClientSettings.FromConnectionString(connectionString)) { }

    public MongoClient(MongoClientSettings settings)
    {
        Settings = settings;
        Executor = new OperationExecutor(settings);
    }

    public MongoClientSettings Settings { get; }

    /// <summary>Maps C# types to documents for every collection of this client.</summary>
    public BsonMapper Mapper { get; } = new();

    internal OperationExecutor Executor { get; }

    public IMongoDatabase GetDatabase(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new MongoDatabase(this, name);
    }

    public async Task DropDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        var command = new BsonDocument("dropDatabase", 1);
        if (Settings.WriteConcern is { } writeConcern)
        {
            command.Add("writeConcern", writeConcern.ToBsonDocument());
        }

        await Executor.RunAsync(name, command, null, null, retryableRead: false, cancellationToken).ConfigureAwait(false);
    }

    public async Task<List<string>> ListDatabaseNamesAsync(CancellationToken cancellationToken = default)
    {
        var reply = await Executor.RunAsync("admin", new BsonDocument { { "listDatabases", 1 }, { "nameOnly", true } }, null, null, retryableRead: true, cancellationToken).ConfigureAwait(false);
        return reply["databases"].AsBsonArray.Select(d => d["name"].AsString).ToList();
    }

    public Task<IClientSessionHandle> StartSessionAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IClientSessionHandle>(new ClientSessionHandle(this));

    public ValueTask DisposeAsync() => Executor.DisposeAsync();

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
