using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo.Tests.Integration;

/// <summary>One client and one fresh database per test class; the database and its users are dropped afterwards.</summary>
public sealed class MongoDatabaseFixture : IAsyncLifetime
{
    public MongoClient Client { get; private set; } = null!;
    public IMongoDatabase Database { get; private set; } = null!;
    public string DatabaseName { get; } = "drvtest_" + Guid.NewGuid().ToString("N")[..12];

    public async Task InitializeAsync()
    {
        Client = new MongoClient(MongoServer.Settings());
        Database = Client.GetDatabase(DatabaseName);
        try
        {
            await Database.RunCommandAsync(new BsonDocument("ping", 1));
        }
        catch (MongoConnectionException e)
        {
            throw MongoServer.Unreachable(e);
        }
    }

    public IMongoCollection<T> Collection<T>(string? name = null) => Database.GetCollection<T>(name ?? "c_" + Guid.NewGuid().ToString("N")[..8]);

    public async Task DisposeAsync()
    {
        try
        {
            await Database.RunCommandAsync(new BsonDocument("dropAllUsersFromDatabase", 1));
            // MongoDB test databases are left in place (see CONTRIBUTING.md): mongod under Wine crashes now and then while reaping dropped collections.
        }
        finally
        {
            await Client.DisposeAsync();
        }
    }
}
