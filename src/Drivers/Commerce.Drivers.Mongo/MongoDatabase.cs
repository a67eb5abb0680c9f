using Commerce.Drivers.Mongo.Bson;
using Commerce.Drivers.Mongo.Sessions;

namespace Commerce.Drivers.Mongo;

internal sealed class MongoDatabase(MongoClient client, string name) : IMongoDatabase
{
    public IMongoClient Client => client;
    public string DatabaseName => name;
    internal MongoClient MongoClient => client;

    public IMongoCollection<T> GetCollection<T>(string collectionName)
    {
        ArgumentException.ThrowIfNullOrEmpty(collectionName);
        return new MongoCollection<T>(this, collectionName, client.Settings.WriteConcern);
    }

    public Task<BsonDocument> RunCommandAsync(BsonDocument command, CancellationToken cancellationToken = default) =>
        RunAsync(null, command, cancellationToken);

    public Task<BsonDocument> RunCommandAsync(IClientSessionHandle session, BsonDocument command, CancellationToken cancellationToken = default) =>
        RunAsync((ClientSessionHandle)session, command, cancellationToken);

    // The caller's document is copied because the driver appends $db and session fields.
    private Task<BsonDocument> RunAsync(ClientSessionHandle? session, BsonDocument command, CancellationToken cancellationToken) =>
        client.Executor.RunAsync(name, new BsonDocument(command), null, session, retryableRead: false, cancellationToken);

    public async Task CreateCollectionAsync(string collectionName, CancellationToken cancellationToken = default) =>
        await RunCommandAsync(new BsonDocument("create", collectionName), cancellationToken).ConfigureAwait(false);

    public async Task DropCollectionAsync(string collectionName, CancellationToken cancellationToken = default)
    {
        try
        {
            await RunCommandAsync(new BsonDocument("drop", collectionName), cancellationToken).ConfigureAwait(false);
        }
        catch (MongoCommandException e) when (e.Code == 26)
        {
            // NamespaceNotFound: dropping what is not there is the desired end state.
        }
    }

    public async Task<List<string>> ListCollectionNamesAsync(CancellationToken cancellationToken = default)
    {
        var command = new BsonDocument { { "listCollections", 1 }, { "nameOnly", true } };
        var reply = await client.Executor.RunAsync(name, command, null, null, retryableRead: true, cancellationToken).ConfigureAwait(false);
        var cursor = new Cursors.AsyncCursor<BsonDocument>(client.Executor, reply, null, null, d => d);
        var documents = await cursor.ToListAsync(cancellationToken).ConfigureAwait(false);
        return documents.Select(d => d["name"].AsString).ToList();
    }
}
