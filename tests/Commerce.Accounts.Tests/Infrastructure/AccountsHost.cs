using System.Text;
using System.Text.Json;
using Commerce.Drivers.Redis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Commerce.Accounts.Tests.Infrastructure;

/// <summary>
/// One test class's world: a PostgreSQL database of its own (dropped afterwards), a Redis key prefix of its own
/// (deleted afterwards), and the accounts module on the real GraphQL host on Kestrel at a free loopback port.
/// </summary>
public class AccountsHost : IAsyncLifetime
{
    private WebApplication? _app;

    public string DatabaseName { get; } = "accounts_test_" + Guid.NewGuid().ToString("N")[..12];

    public string KeyPrefix { get; } = "test-" + Guid.NewGuid().ToString("N")[..12];

    public string ConnectionString { get; private set; } = "";

    public string AdminEmail { get; } = $"admin-{Guid.NewGuid():N}@example.org";

    public const string AdminPassword = "admin password for tests";

    public IConnectionMultiplexer Redis { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public AccountsOptions Options { get; private set; } = null!;

    protected virtual AccountsOptions Configure(AccountsOptions options) => options;

    public async Task InitializeAsync()
    {
        Redis = await Servers.ConnectRedisAsync();
        ConnectionString = await Servers.CreateDatabaseAsync(DatabaseName);
        Options = Configure(new AccountsOptions
        {
            ConnectionString = ConnectionString,
            RedisConfiguration = Servers.Redis,
            RedisKeyPrefix = KeyPrefix,
            BootstrapAdminEmail = AdminEmail,
            BootstrapAdminPassword = AdminPassword,
        });

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAccounts(Options);
        builder.Services.AddGraphQLServer().AddAccountsTypes().ConfigureSchema(s => s.AddTypeExtension<WhoAmIQueries>().AddTypeExtension<UserLoaderQueries>());
        _app = builder.Build();
        _app.UseGraphQLTracing(); // as the gateway does: traced requests count the accounts middleware's round trips too
        _app.UseAccounts();
        _app.MapGraphQL();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address) };
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
        return new GraphQLResponse((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), text, response.Headers);
    }

    public static string NewEmail() => $"user-{Guid.NewGuid():N}@example.org";

    public async Task<string> RegisterAsync(string email, string password, string name = "Test User")
    {
        var response = await PostAsync(
            "mutation($input: RegisterInput!) { register(input: $input) { id email } }",
            new { input = new { email, password, name } });
        return response.Ok().GetProperty("register").GetProperty("id").GetString()!;
    }

    public Task<GraphQLResponse> LoginAsync(string email, string password) =>
        PostAsync("mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { id email role } } }", new { e = email, p = password });

    public async Task<string> TokenAsync(string email, string password) =>
        (await LoginAsync(email, password)).Ok().GetProperty("login").GetProperty("token").GetString()!;

    public async Task<JsonElement> MeAsync(string? token) =>
        (await PostAsync("{ me { id email name role } }", token: token)).Ok().GetProperty("me");

    public async Task<object?> ScalarAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return await command.ExecuteScalarAsync();
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await Servers.DropDatabaseAsync(DatabaseName);
        await Servers.DeleteKeysAsync(Redis, KeyPrefix);
        await Redis.DisposeAsync();
    }
}
