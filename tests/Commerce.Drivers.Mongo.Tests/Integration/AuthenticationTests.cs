using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo.Tests.Integration;

/// <summary>
/// The test mongod runs without --auth, yet it still runs SCRAM for a client that asks, checks the
/// proof against the stored user, and records who authenticated on the connection.
/// </summary>
public sealed class AuthenticationTests(MongoDatabaseFixture fixture) : IClassFixture<MongoDatabaseFixture>
{
    private async Task<string> CreateUserAsync(string password)
    {
        var user = "u_" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Database.RunCommandAsync(new BsonDocument
        {
            { "createUser", user },
            { "pwd", password },
            { "roles", new BsonArray { new BsonDocument { { "role", "readWrite" }, { "db", fixture.DatabaseName } } } },
            { "mechanisms", new BsonArray { "SCRAM-SHA-256" } },
        });
        return user;
    }

    private MongoClient ClientFor(string user, string password)
    {
        var server = MongoServer.Settings().Servers[0];
        var connectionString = $"mongodb://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(password)}@{server}/?directConnection=true&authSource={fixture.DatabaseName}";
        return new MongoClient(MongoClientSettings.FromConnectionString(connectionString) with { ConnectTimeout = TimeSpan.FromSeconds(10) });
    }

    [Fact]
    public async Task Correct_password_authenticates_the_connection()
    {
        const string password = "s3cret:/@pass";
        var user = await CreateUserAsync(password);
        await using var client = ClientFor(user, password);

        var status = await client.GetDatabase(fixture.DatabaseName).RunCommandAsync(new BsonDocument("connectionStatus", 1));

        var authenticated = status["authInfo"]["authenticatedUsers"].AsBsonArray;
        Assert.Contains(new BsonDocument { { "user", user }, { "db", fixture.DatabaseName } }, authenticated);
    }

    [Fact]
    public async Task Wrong_password_is_rejected_by_the_server()
    {
        var user = await CreateUserAsync("right-password");
        await using var client = ClientFor(user, "wrong-password");

        var error = await Assert.ThrowsAsync<MongoAuthenticationException>(() =>
            client.GetDatabase(fixture.DatabaseName).RunCommandAsync(new BsonDocument("ping", 1)));

        var server = Assert.IsType<MongoCommandException>(error.InnerException);
        Assert.Equal((18, "AuthenticationFailed"), (server.Code, server.CodeName));
    }

    [Fact]
    public async Task Unknown_user_is_rejected()
    {
        await using var client = ClientFor("nobody_" + Guid.NewGuid().ToString("N")[..6], "x");
        await Assert.ThrowsAsync<MongoAuthenticationException>(() =>
            client.GetDatabase(fixture.DatabaseName).RunCommandAsync(new BsonDocument("ping", 1)));
    }
}
