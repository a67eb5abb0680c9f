using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Commerce.Accounts;
using Commerce.Carts;
using Commerce.Catalog;
using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Commerce.Orders.Tests.Infrastructure;

/// <summary>
/// The real GraphQL host on Kestrel with accounts (PostgreSQL + Redis sessions), carts (Redis), the catalog (a MongoDB
/// database of its own, seeded) and orders (a PostgreSQL schema of its own, stock seeded), plus an outbox handler
/// whose store is down for the first attempt of every message. Dropped afterwards.
/// </summary>
public sealed class GraphHost : IAsyncLifetime
{
    private WebApplication? _app;
    private MongoClient? _mongo;
    private readonly string _mongoDatabase = "orders_test_" + Guid.NewGuid().ToString("N")[..12];

    public string Schema { get; } = "orders_test_" + Guid.NewGuid().ToString("N")[..12];

    public string AdminEmail { get; } = $"admin-{Guid.NewGuid():N}@example.test";

    public const string Password = "correct horse battery staple";

    public RecordingHandler Handler { get; } = new("e2e-search", failuresPerMessage: 1);

    public HttpClient Http { get; private set; } = null!;

    public NpgsqlDataSource Sql { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        _mongo = new MongoClient(Servers.Mongo);
        try
        {
            await _mongo.GetDatabase(_mongoDatabase).RunCommandAsync(new BsonDocument("ping", 1));
        }
        catch (Exception e) when (e is MongoConnectionException or TimeoutException)
        {
            throw Servers.Unreachable("MongoDB at " + Servers.Mongo, e);
        }

        Sql = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(Servers.Postgres) { SearchPath = Schema }.ConnectionString);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        // No product cache: these tests count every MongoDB (and Redis) round trip a request makes; the cache's
        // own cold and warm counts are tested in Commerce.Catalog.Tests (ProductCacheTests).
        builder.Services.AddCatalog(new CatalogOptions { ConnectionString = Servers.Mongo, DatabaseName = _mongoDatabase, Cache = null });
        builder.Services.AddAccounts(new AccountsOptions
        {
            ConnectionString = Servers.Postgres,
            RedisConfiguration = Servers.Redis,
            RedisKeyPrefix = "orders-test-" + Guid.NewGuid().ToString("N")[..8],
            BootstrapAdminEmail = AdminEmail,
            BootstrapAdminPassword = Password,
            PasswordIterations = 1000,
            RequestsPerWindow = 100_000,
        });
        builder.Services.AddCarts(new CartsOptions(), Servers.Redis);
        builder.Services.AddSingleton<IOutboxHandler>(Handler);
        builder.Services.AddOrders(new OrdersOptions
        {
            ConnectionString = Servers.Postgres,
            Schema = Schema,
            OutboxPollInterval = TimeSpan.FromMilliseconds(50),
            OutboxBaseBackoff = TimeSpan.FromMilliseconds(50),
        });
        builder.Services.AddGraphQLServer().AddCatalogTypes().AddAccountsTypes().AddCartsTypes().AddOrdersTypes();
        _app = builder.Build();
        _app.UseAccounts();
        _app.MapGraphQL();
        try
        {
            await _app.StartAsync();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException || e.InnerException is NpgsqlException)
        {
            throw Servers.Unreachable("PostgreSQL at " + Servers.Postgres, e);
        }

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address) };
        await Services.GetRequiredService<CatalogSeeder>().SeedAsync(60);
        await Services.GetRequiredService<StockSeeder>().SeedAsync(20);
    }

    /// <summary>POSTs a GraphQL request; asserts the server never answers 500.</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null, string? token = null, bool trace = false)
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

        if (trace)
        {
            request.Headers.TryAddWithoutValidation("X-Trace", "true");
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"HTTP {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Posts and asserts there were no errors; returns <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null, string? token = null)
    {
        var result = await PostAsync(query, variables, token);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    public static string? ErrorCode(JsonElement result) =>
        result.TryGetProperty("errors", out var errors) && errors[0].TryGetProperty("extensions", out var extensions)
            ? extensions.GetProperty("code").GetString()
            : null;

    /// <summary>Registers a new customer and logs in; returns the user id and the bearer token.</summary>
    public async Task<(Guid UserId, string Token)> SignUpAsync()
    {
        var email = $"buyer-{Guid.NewGuid():N}@example.test";
        await DataAsync("mutation($i: RegisterInput!) { register(input: $i) { id } }", new { i = new { email, password = Password, name = "Buyer" } });
        return await LoginAsync(email);
    }

    public async Task<(Guid UserId, string Token)> LoginAsync(string email)
    {
        var login = await DataAsync("mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id } } }", new { e = email, p = Password });
        return (Guid.Parse(login.GetProperty("login").GetProperty("user").GetProperty("id").GetString()!), login.GetProperty("login").GetProperty("token").GetString()!);
    }

    /// <summary>Active products with variants, as the catalog's own graph shows them.</summary>
    public async Task<List<(string Id, string Sku, decimal Price)>> VariantsAsync(int count)
    {
        var data = await DataAsync("{ products(first: 50) { nodes { id variants { sku price } } } }");
        return data.GetProperty("products").GetProperty("nodes").EnumerateArray()
            .Where(p => p.GetProperty("variants").GetArrayLength() > 0)
            .Select(p => (p.GetProperty("id").GetString()!, p.GetProperty("variants")[0].GetProperty("sku").GetString()!, p.GetProperty("variants")[0].GetProperty("price").GetDecimal()))
            .Take(count)
            .ToList();
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var command = Sql.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            await using var drop = Sql.CreateCommand($"DROP SCHEMA IF EXISTS \"{Schema}\" CASCADE");
            await drop.ExecuteNonQueryAsync();
            // MongoDB test databases are left in place (see CONTRIBUTING.md): mongod under Wine crashes now and then while reaping dropped collections.
        }
        finally
        {
            await Sql.DisposeAsync();
            if (_mongo is not null)
            {
                await _mongo.DisposeAsync();
            }
        }
    }
}
