using System.Text;
using System.Text.Json;
using Commerce.Accounts;
using Commerce.Drivers.Redis;
using Commerce.GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Carts.Tests.Tracing;

/// <summary>
/// <c>X-Trace: true</c> through the real HTTP host and the real Redis: the driver's round trips (started on its
/// writer loop, shared by every caller) are charged to the request whose commands they carried.
/// </summary>
public sealed class RedisRoundTripTracingTests : IAsyncLifetime
{
    private static readonly string RedisConfiguration =
        Environment.GetEnvironmentVariable("ConnectionStrings__Redis") is { Length: > 0 } r ? r : AccountsOptions.DefaultRedis;

    private WebApplication? _app;
    private HttpClient _http = null!;

    [Fact]
    public async Task A_request_that_awaits_n_gets_reports_n_redis_round_trips()
    {
        foreach (var n in new[] { 1, 3, 5 })
        {
            Assert.Equal(n, await TracedRedisRoundTripsAsync(n));
        }
    }

    [Fact]
    public async Task Concurrent_requests_sharing_the_connection_each_see_only_their_own_round_trips()
    {
        // One multiplexed connection: concurrent GETs leave in shared writes, each counted for every request in it.
        for (var round = 0; round < 3; round++)
        {
            var counts = await Task.WhenAll(Enumerable.Range(1, 8).Select(TracedRedisRoundTripsAsync));

            Assert.Equal(Enumerable.Range(1, 8).Select(n => (long)n), counts);
        }
    }

    private async Task<long> TracedRedisRoundTripsAsync(int n)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = $"{{ redisGets(n: {n}) }}" }), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("X-Trace", "true");
        using var response = await _http.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal(n, body.GetProperty("data").GetProperty("redisGets").GetInt32());
        return body.GetProperty("extensions").GetProperty("tracing").GetProperty("redis").GetProperty("roundTrips").GetInt64();
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(_ => ConnectionMultiplexer.Connect(RedisConfiguration));
        builder.Services.AddGraphQLServer().ConfigureSchema(schema => schema.AddQueryType<RedisProbeQueries>());
        _app = builder.Build();
        _app.MapGraphQL();
        await _app.StartAsync();
        try
        {
            await _app.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase().ExecuteAsync("PING");
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
        {
            throw new InvalidOperationException($"Redis is not reachable at {RedisConfiguration}; start it with `scripts/services.sh up`.", e);
        }

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    public sealed class RedisProbeQueries
    {
        [GraphQLDescription("Test only: n GETs, each awaited before the next, so n round trips.")]
        public async Task<int> RedisGetsAsync(int n, [Service] IConnectionMultiplexer redis)
        {
            var db = redis.GetDatabase();
            for (var i = 0; i < n; i++)
            {
                await db.StringGetAsync("tracing-probe-" + Guid.NewGuid().ToString("N"));
            }

            return n;
        }
    }
}
