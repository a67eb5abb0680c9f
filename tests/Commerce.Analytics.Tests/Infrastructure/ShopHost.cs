using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Commerce.Accounts;
using Commerce.Carts;
using Commerce.Catalog;
using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;
using Commerce.Orders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Commerce.Analytics.Tests.Infrastructure;

/// <summary>
/// The whole shop on the real GraphQL host: accounts (real login, PostgreSQL + Redis), carts (Redis), the catalog
/// (MongoDB, seeded), orders (a PostgreSQL schema of its own, stock seeded, outbox dispatcher running) and analytics
/// (a keyspace of its own). Everything of its own is dropped afterwards.
/// </summary>
public sealed class ShopHost : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";

    private static readonly string Postgres =
        Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") ?? "Host=127.0.0.1;Port=15432;Username=postgres;Database=commerce;Timeout=5";

    private static readonly string Redis = Environment.GetEnvironmentVariable("ConnectionStrings__Redis") ?? "127.0.0.1:16379";

    private readonly string _mongoDatabase = "analytics_shop_" + Guid.NewGuid().ToString("N")[..12];
    private WebApplication? _app;
    private MongoClient? _mongo;

    public string Schema { get; } = "analytics_shop_" + Guid.NewGuid().ToString("N")[..12];

    public string Keyspace { get; } = "analytics_shop_" + Guid.NewGuid().ToString("N")[..12];

    public string AdminEmail { get; } = $"admin-{Guid.NewGuid():N}@example.test";

    public CassandraProbe Probe { get; private set; } = null!;

    public NpgsqlDataSource Sql { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public AnalyticsIngestion Ingestion => Services.GetRequiredService<AnalyticsIngestion>();

    public async Task InitializeAsync()
    {
        Probe = await CassandraProbe.ConnectAsync(Keyspace);
        _mongo = new MongoClient(Servers.Mongo);
        try
        {
            await _mongo.GetDatabase(_mongoDatabase).RunCommandAsync(new BsonDocument("ping", 1));
        }
        catch (Exception e) when (e is MongoConnectionException or TimeoutException)
        {
            throw Servers.MongoUnreachable(e);
        }

        Sql = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(Postgres) { SearchPath = Schema }.ConnectionString);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddCatalog(new CatalogOptions { ConnectionString = Servers.Mongo, DatabaseName = _mongoDatabase });
        builder.Services.AddAccounts(new AccountsOptions
        {
            ConnectionString = Postgres,
            RedisConfiguration = Redis,
            RedisKeyPrefix = "analytics-test-" + Guid.NewGuid().ToString("N")[..8],
            BootstrapAdminEmail = AdminEmail,
            BootstrapAdminPassword = Password,
            PasswordIterations = 1000,
            RequestsPerWindow = 100_000,
        });
        builder.Services.AddCarts(new CartsOptions(), Redis);
        builder.Services.AddOrders(new OrdersOptions
        {
            ConnectionString = Postgres,
            Schema = Schema,
            OutboxPollInterval = TimeSpan.FromMilliseconds(50),
            OutboxBaseBackoff = TimeSpan.FromMilliseconds(50),
        });
        builder.Services.AddAnalytics(new AnalyticsOptions { ConnectionString = Servers.Cassandra, Keyspace = Keyspace, FlushInterval = TimeSpan.FromMilliseconds(20) });
        builder.Services.AddGraphQLServer().AddCatalogTypes().AddAccountsTypes().AddCartsTypes().AddOrdersTypes().AddAnalyticsTypes();
        _app = builder.Build();
        _app.UseAccounts();
        _app.MapGraphQL();
        try
        {
            await _app.StartAsync();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException || e.InnerException is NpgsqlException)
        {
            throw new InvalidOperationException($"PostgreSQL is not reachable at {Postgres}; start it with `scripts/services.sh up`.", e);
        }

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address) };
        await Services.GetRequiredService<AnalyticsStore>().SessionAsync(CancellationToken.None);
        await Services.GetRequiredService<CatalogSeeder>().SeedAsync(60);
        await Services.GetRequiredService<StockSeeder>().SeedAsync(20);
    }

    public async Task<JsonElement> PostAsync(string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"HTTP {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> DataAsync(string query, object? variables = null, string? token = null)
    {
        var result = await PostAsync(query, variables, token);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    public async Task<(string UserId, string Token)> SignUpAsync()
    {
        var email = $"buyer-{Guid.NewGuid():N}@example.test";
        await DataAsync("mutation($i: RegisterInput!) { register(input: $i) { id } }", new { i = new { email, password = Password, name = "Buyer" } });
        return await LoginAsync(email);
    }

    public async Task<(string UserId, string Token)> LoginAsync(string email)
    {
        var login = (await DataAsync("mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id } } }", new { e = email, p = Password })).GetProperty("login");
        return (login.GetProperty("user").GetProperty("id").GetString()!, login.GetProperty("token").GetString()!);
    }

    public async Task ExecuteSqlAsync(string sql)
    {
        await using var command = Sql.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await ExecuteSqlAsync($"DROP SCHEMA IF EXISTS \"{Schema}\" CASCADE");
        await Sql.DisposeAsync();
        if (_mongo is not null)
        {
            // MongoDB test databases are left in place (see CONTRIBUTING.md): mongod under Wine crashes now and then while reaping dropped collections.
            await _mongo.DisposeAsync();
        }

        await Probe.DropKeyspaceAsync();
        await Probe.DisposeAsync();
    }
}
