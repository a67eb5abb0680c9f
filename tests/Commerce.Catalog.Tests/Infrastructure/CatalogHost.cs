using System.Text;
using System.Text.Json;
using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Catalog.Tests.Infrastructure;

/// <summary>
/// One test class's world: a database of its own (dropped afterwards), the catalog on the real GraphQL host on
/// Kestrel at a free loopback port, the demo data seeded, and a MongoDB client of the test's own for the
/// independent queries that expected values come from.
/// </summary>
public class CatalogHost : IAsyncLifetime
{
    private WebApplication? _app;

    public string DatabaseName { get; } = "catalog_test_" + Guid.NewGuid().ToString("N")[..12];

    public MongoClient Client { get; private set; } = null!;

    public IMongoDatabase Database { get; private set; } = null!;

    public IMongoCollection<BsonDocument> Products => Database.GetCollection<BsonDocument>("products");

    public IMongoCollection<BsonDocument> Categories => Database.GetCollection<BsonDocument>("categories");

    public HttpClient Http { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    protected virtual bool Seed => true;

    /// <summary>Where the catalog under test looks for MongoDB (the test's own client always uses the real server).</summary>
    protected virtual string CatalogConnectionString => MongoServer.ConnectionString;

    /// <summary>More services for a test class's host.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>
    /// The product cache is off unless a host turns it on: the round-trip tests count what reaches MongoDB, and
    /// the cache's own tests use <see cref="CachedCatalogHost"/>.
    /// </summary>
    protected virtual CatalogCacheOptions? Cache => null;

    public virtual async Task InitializeAsync()
    {
        Client = new MongoClient(MongoServer.ConnectionString);
        Database = Client.GetDatabase(DatabaseName);
        try
        {
            await Database.RunCommandAsync(new BsonDocument("ping", 1));
        }
        catch (Exception e) when (e is MongoConnectionException or TimeoutException)
        {
            throw MongoServer.Unreachable(e);
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddCatalog(new CatalogOptions { ConnectionString = CatalogConnectionString, DatabaseName = DatabaseName, Cache = Cache });
        ConfigureServices(builder.Services);
        builder.Services.AddGraphQLServer()
            .AddCatalogTypes()
            .ConfigureSchema(schema => schema.AddTypeExtension<ProductRefQueries>().AddTypeExtension<ProductRefExtensions>());
        _app = builder.Build();
        _app.Use(TestRoles.Authenticate);
        _app.MapGraphQL();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address) };

        if (Seed)
        {
            await Services.GetRequiredService<CatalogSeeder>().SeedAsync();
        }
    }

    /// <summary>POSTs a GraphQL request; asserts the server never answers 500.</summary>
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? role = null, bool trace = false, string? userId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        if (role is not null)
        {
            request.Headers.TryAddWithoutValidation(TestRoles.Header, role);
        }

        if (userId is not null)
        {
            request.Headers.TryAddWithoutValidation(TestRoles.UserHeader, userId);
        }

        if (trace)
        {
            request.Headers.TryAddWithoutValidation("X-Trace", "true");
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"HTTP {(int)response.StatusCode}: {text}");
        return new GraphQLResponse((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public Task<GraphQLResponse> AdminAsync(string query, object? variables = null) => PostAsync(query, variables, role: "admin");

    public virtual async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        // MongoDB test databases are left in place (see CONTRIBUTING.md): mongod under Wine crashes now and then while reaping dropped collections.
        await Client.DisposeAsync();
    }
}
