using System.Text;
using System.Text.Json;
using Commerce.Catalog;
using Commerce.Drivers.Bolt;
using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;
using Commerce.Recommendations.Feeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Recommendations.Tests.Infrastructure;

/// <summary>
/// One test class's world: the catalog (a MongoDB database of its own) and the recommendations on the real GraphQL
/// host on Kestrel; every graph id starts with <see cref="Prefix"/>, and those nodes are deleted afterwards. The
/// test's own Bolt driver reads the graph independently.
/// </summary>
public class RecommendationsHost : IAsyncLifetime
{
    private WebApplication? _app;
    private bool _stopped;

    public string Prefix { get; } = "rt" + Guid.NewGuid().ToString("N")[..10] + "-";

    public string DatabaseName { get; } = "recommendations_test_" + Guid.NewGuid().ToString("N")[..12];

    public MongoClient Mongo { get; private set; } = null!;

    public IDriver Neo4j { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public RecommendationsFeed Feed => Services.GetRequiredService<RecommendationsFeed>();

    /// <summary>Where the module under test looks for Neo4j (the test's own driver always uses the real server).</summary>
    protected virtual string ModuleNeo4j => Servers.Neo4j;

    /// <summary>The module's options; views reach the graph only when a test flushes them or stops the host.</summary>
    protected virtual RecommendationsOptions ModuleOptions => new()
    {
        ConnectionString = ModuleNeo4j,
        ConnectionTimeout = TimeSpan.FromSeconds(2),
        ViewFlushInterval = TimeSpan.FromHours(1),
    };

    public ViewFlusher ViewFlusher => Services.GetRequiredService<ViewFlusher>();

    public ViewQueue ViewQueue => Services.GetRequiredService<ViewQueue>();

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected virtual void ConfigureGraphQL(Commerce.GraphQL.AspNetCore.GraphQLServerBuilder builder)
    {
    }

    public string Id(string local) => Prefix + local;

    public virtual async Task InitializeAsync()
    {
        Mongo = new MongoClient(Servers.Mongo);
        try
        {
            await Mongo.GetDatabase(DatabaseName).RunCommandAsync(new BsonDocument("ping", 1));
        }
        catch (Exception e) when (e is MongoConnectionException or TimeoutException)
        {
            throw Servers.Unreachable("MongoDB", Servers.Mongo, e);
        }

        Neo4j = GraphDatabase.Driver(Servers.Neo4j, AuthTokens.None, c => c.WithConnectionTimeout(TimeSpan.FromSeconds(5)));
        try
        {
            await Neo4j.VerifyConnectivityAsync();
        }
        catch (Exception e) when (e is ServiceUnavailableException or IOException)
        {
            throw Servers.Unreachable("Neo4j", Servers.Neo4j, e);
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        // No product cache: these tests count every MongoDB (and Redis) round trip a request makes; the cache's
        // own cold and warm counts are tested in Commerce.Catalog.Tests (ProductCacheTests).
        builder.Services.AddCatalog(new CatalogOptions { ConnectionString = Servers.Mongo, DatabaseName = DatabaseName, Cache = null });
        builder.Services.AddRecommendations(ModuleOptions);
        ConfigureServices(builder.Services);
        ConfigureGraphQL(builder.Services.AddGraphQLServer().AddCatalogTypes().AddRecommendationsTypes());
        _app = builder.Build();
        _app.Use(TestUsers.Authenticate);
        _app.MapGraphQL();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address) };
    }

    /// <summary>Stores active products in the catalog's MongoDB (as the catalog would) and nothing in the graph.</summary>
    public async Task AddCatalogProductsAsync(IEnumerable<(string Id, string CategoryId)> products)
    {
        var catalog = Services.GetRequiredService<CatalogDatabase>();
        var documents = products.Select(p => new Product
        {
            Id = p.Id,
            Name = "Name of " + p.Id,
            Slug = p.Id,
            Sku = "SKU-" + p.Id,
            Pricing = new Pricing { Price = 10m, Currency = "EUR" },
            Category = new ProductCategory { Id = p.CategoryId, Name = "Category " + p.CategoryId, Path = "/" + p.CategoryId },
            StatusName = "active",
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        }).ToList();
        await catalog.Products.InsertManyAsync(documents);
    }

    /// <summary>Reads the graph with the test's own driver.</summary>
    public async Task<List<IRecord>> CypherAsync(string cypher, object? parameters = null)
    {
        await using var session = Neo4j.AsyncSession();
        var cursor = await session.RunAsync(cypher, parameters ?? new { });
        return await cursor.ToListAsync();
    }

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? role = null, string? customerId = null, bool trace = false, string? sessionId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        if (role is not null)
        {
            request.Headers.TryAddWithoutValidation(TestUsers.RoleHeader, role);
        }

        if (customerId is not null)
        {
            request.Headers.TryAddWithoutValidation(TestUsers.CustomerHeader, customerId);
        }

        if (sessionId is not null)
        {
            request.Headers.TryAddWithoutValidation(TestUsers.SessionHeader, sessionId);
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

    /// <summary>Stops the host gracefully (what SIGTERM does), as a test step; disposal then skips it.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _app!.StopAsync();
        }
    }

    public virtual async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            foreach (var label in new[] { "Customer", "Product", "Category" })
            {
                await CypherAsync($"MATCH (n:{label}) WHERE n.id STARTS WITH $prefix DETACH DELETE n", new { prefix = Prefix });
            }
        }
        finally
        {
            await Neo4j.DisposeAsync();
            // MongoDB test databases are left in place (see CONTRIBUTING.md): mongod under Wine crashes now and then while reaping dropped collections.
            await Mongo.DisposeAsync();
        }
    }
}
