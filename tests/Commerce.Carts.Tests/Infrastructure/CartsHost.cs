using System.Text;
using System.Text.Json;
using Commerce.Accounts;
using Commerce.Catalog;
using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;
using Commerce.Drivers.Redis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Commerce.Carts.Tests.Infrastructure;

/// <summary>
/// One test class's world: accounts in a PostgreSQL database of its own, carts and sessions under a Redis key
/// prefix of its own, the demo catalog seeded in a MongoDB database of its own; all removed afterwards. The
/// modules run on the real GraphQL host on Kestrel at a free loopback port.
/// </summary>
public class CartsHost : IAsyncLifetime
{
    private static readonly string Postgres = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") ?? AccountsOptions.DefaultConnectionString;
    private static readonly string RedisConfiguration = Environment.GetEnvironmentVariable("ConnectionStrings__Redis") is { Length: > 0 } r ? r : AccountsOptions.DefaultRedis;
    private static readonly string Mongo = Environment.GetEnvironmentVariable("ConnectionStrings__Mongo")
        ?? "mongodb://127.0.0.1:27519/?directConnection=true&serverSelectionTimeoutMS=5000&connectTimeoutMS=5000";

    private WebApplication? _app;

    public string Name { get; } = "carts_test_" + Guid.NewGuid().ToString("N")[..12];

    public string KeyPrefix => "test-" + Name;

    public IConnectionMultiplexer Redis { get; private set; } = null!;

    public MongoClient MongoClient { get; private set; } = null!;

    public IMongoCollection<BsonDocument> Products => MongoClient.GetDatabase(Name).GetCollection<BsonDocument>("products");

    public HttpClient Http { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    /// <summary>More services for a test class's host.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        try
        {
            Redis = await ConnectionMultiplexer.ConnectAsync(RedisConfiguration);
        }
        catch (RedisConnectionException e)
        {
            throw new InvalidOperationException($"Redis is not reachable at {RedisConfiguration}; start it with `scripts/services.sh up`.", e);
        }

        MongoClient = new MongoClient(Mongo);
        try
        {
            await MongoClient.GetDatabase(Name).RunCommandAsync(new BsonDocument("ping", 1));
            await using var connection = new NpgsqlConnection(Postgres);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{Name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is MongoConnectionException or TimeoutException or NpgsqlException and not PostgresException)
        {
            throw new InvalidOperationException("MongoDB or PostgreSQL is not reachable; start them with `scripts/services.sh up`.", e);
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        // No product cache: these tests count every MongoDB (and Redis) round trip a request makes; the cache's
        // own cold and warm counts are tested in Commerce.Catalog.Tests (ProductCacheTests).
        builder.Services.AddCatalog(new CatalogOptions { ConnectionString = Mongo, DatabaseName = Name, Cache = null });
        builder.Services.AddAccounts(new AccountsOptions
        {
            ConnectionString = new NpgsqlConnectionStringBuilder(Postgres) { Database = Name, Pooling = false }.ConnectionString,
            RedisConfiguration = RedisConfiguration,
            RedisKeyPrefix = KeyPrefix,
            RequestsPerWindow = 100_000,
            // Password hashing is the accounts tests' subject; here it only needs to work.
            PasswordIterations = 10_000,
        });
        builder.Services.AddCarts(new CartsOptions { RedisKeyPrefix = KeyPrefix }, RedisConfiguration);
        ConfigureServices(builder.Services);
        builder.Services.AddGraphQLServer().AddCatalogTypes().AddAccountsTypes().AddCartsTypes();
        _app = builder.Build();
        _app.UseAccounts();
        _app.MapGraphQL();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address) };
        await Services.GetRequiredService<CatalogSeeder>().SeedAsync();
    }

    /// <summary>POSTs a GraphQL request; asserts the server never answers 500.</summary>
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? token = null, bool trace = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        }

        if (trace)
        {
            request.Headers.TryAddWithoutValidation("X-Trace", "true");
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"HTTP {(int)response.StatusCode}: {text}");
        return new GraphQLResponse((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), text);
    }

    /// <summary>A new user, signed in; returns the token and the user id.</summary>
    public async Task<(string Token, string UserId)> SignUpAsync(string? guestCartId = null)
    {
        var email = $"user-{Guid.NewGuid():N}@example.org";
        const string password = "a cart test password";
        (await PostAsync("mutation($i: RegisterInput!) { register(input: $i) { id } }", new { i = new { email, password, name = "Shopper" } })).Ok();
        var login = (await PostAsync(
            "mutation($e: String!, $p: String!, $c: ID) { login(email: $e, password: $p, cartId: $c) { token user { id } } }",
            new { e = email, p = password, c = guestCartId })).Ok().GetProperty("login");
        return (login.GetProperty("token").GetString()!, login.GetProperty("user").GetProperty("id").GetString()!);
    }

    public async Task<string> LoginAsync(string email, string password, string? guestCartId) =>
        (await PostAsync(
            "mutation($e: String!, $p: String!, $c: ID) { login(email: $e, password: $p, cartId: $c) { token } }",
            new { e = email, p = password, c = guestCartId })).Ok().GetProperty("login").GetProperty("token").GetString()!;

    public async Task<string> CreateCartAsync(string? token = null) =>
        (await PostAsync("mutation { createCart { id } }", token: token)).Ok().GetProperty("createCart").GetProperty("id").GetString()!;

    public Task<GraphQLResponse> AddLineAsync(string cartId, string productId, string sku, int quantity, string? token = null) =>
        PostAsync(
            "mutation($c: ID!, $p: ID!, $s: String!, $q: Int!) { addCartLine(cartId: $c, productId: $p, variantSku: $s, quantity: $q) { id itemCount } }",
            new { c = cartId, p = productId, s = sku, q = quantity },
            token);

    /// <summary>Active products with their variants, read by the test itself from MongoDB.</summary>
    public async Task<List<BsonDocument>> ActiveProductsAsync(int count) =>
        await Products.FindAsync(new BsonDocument("status", "active"), new FindOptions { Sort = new BsonDocument("sku", 1), Limit = count }).ToListAsync();

    public async Task<BsonDocument> ProductWithStatusAsync(string status) =>
        (await Products.FindAsync(new BsonDocument("status", status), new FindOptions { Limit = 1 }).ToListAsync()).Single();

    public async Task<string[]> CartKeysAsync() =>
        (await Redis.GetDatabase().ExecuteAsync("KEYS", KeyPrefix + ":cart:*")).Items.Select(i => i.ToString()).ToArray();

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(Postgres))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        // MongoDB test databases are left in place (see CONTRIBUTING.md): mongod under Wine crashes now and then while reaping dropped collections.
        await MongoClient.DisposeAsync();
        var keys = (await Redis.GetDatabase().ExecuteAsync("KEYS", KeyPrefix + ":*")).Items.Select(i => (RedisKey)i.ToString()).ToArray();
        if (keys.Length > 0)
        {
            await Redis.GetDatabase().KeyDeleteAsync(keys);
        }

        await Redis.DisposeAsync();
    }
}
