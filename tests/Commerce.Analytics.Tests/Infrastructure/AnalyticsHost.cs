using System.Text;
using System.Text.Json;
using Commerce.Catalog;
using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Analytics.Tests.Infrastructure;

/// <summary>
/// One test class's world: the catalog (a MongoDB database of its own, demo data seeded) and analytics (a keyspace of
/// its own) on the real GraphQL host on Kestrel; both dropped afterwards. The test's own Cassandra session reads
/// what is stored.
/// </summary>
public class AnalyticsHost : IAsyncLifetime
{
    private WebApplication? _app;
    private MongoClient? _mongo;
    private bool _stopped;

    public string Keyspace { get; } = "analytics_test_" + Guid.NewGuid().ToString("N")[..12];

    public string DatabaseName { get; } = "analytics_catalog_" + Guid.NewGuid().ToString("N")[..12];

    public CassandraProbe Probe { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public AnalyticsIngestion Ingestion => Services.GetRequiredService<AnalyticsIngestion>();

    public AnalyticsFlusher Flusher => Services.GetRequiredService<AnalyticsFlusher>();

    public AnalyticsOrderHandler Orders => Services.GetRequiredService<AnalyticsOrderHandler>();

    public IReadOnlyList<string> ProductIds { get; private set; } = [];

    /// <summary>Where the module looks for Cassandra (the probe always uses the real server).</summary>
    protected virtual string AnalyticsConnectionString => Servers.Cassandra;

    /// <summary>How long the flusher lets events gather; an hour means only an explicit flush or the stop writes.</summary>
    protected virtual TimeSpan FlushInterval => TimeSpan.FromMilliseconds(20);

    /// <summary>More modules for a test class's host.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async Task InitializeAsync()
    {
        Probe = await CassandraProbe.ConnectAsync(Keyspace);
        _mongo = new MongoClient(Servers.Mongo);
        try
        {
            await _mongo.GetDatabase(DatabaseName).RunCommandAsync(new BsonDocument("ping", 1));
        }
        catch (Exception e) when (e is MongoConnectionException or TimeoutException)
        {
            throw Servers.MongoUnreachable(e);
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddCatalog(new CatalogOptions { ConnectionString = Servers.Mongo, DatabaseName = DatabaseName });
        builder.Services.AddAnalytics(new AnalyticsOptions
        {
            ConnectionString = AnalyticsConnectionString,
            Keyspace = Keyspace,
            FlushInterval = FlushInterval,
            WriteAttempts = 2,
        });
        ConfigureServices(builder.Services);
        builder.Services.AddGraphQLServer().AddCatalogTypes().AddAnalyticsTypes();
        _app = builder.Build();
        _app.Use(TestRoles.Authenticate);
        _app.MapGraphQL();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address) };

        if (AnalyticsConnectionString == Servers.Cassandra)
        {
            // The flusher creates the tables in the background at start; tests read them directly, so wait for them.
            await Services.GetRequiredService<AnalyticsStore>().SessionAsync(CancellationToken.None);
        }

        await Services.GetRequiredService<CatalogSeeder>().SeedAsync();
        var products = await _mongo.GetDatabase(DatabaseName).GetCollection<BsonDocument>("products")
            .FindAsync(Filter.Eq("status", "active"), new FindOptions { BatchSize = 1000 }).ToListAsync();
        ProductIds = products.Select(p => p["_id"].AsString).Order(StringComparer.Ordinal).ToList();
    }

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? role = "marketing", bool trace = false, string? userId = null)
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

    /// <summary>Stops the host gracefully (what SIGTERM does), as a test step; the fixture's disposal then skips it.</summary>
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

        if (_mongo is not null)
        {
            // MongoDB test databases are left in place (see CONTRIBUTING.md): mongod under Wine crashes now and then while reaping dropped collections.
            await _mongo.DisposeAsync();
        }

        if (Probe is not null)
        {
            await Probe.DropKeyspaceAsync();
            await Probe.DisposeAsync();
        }
    }
}
