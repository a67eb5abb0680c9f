using Commerce.GraphQL.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.GraphQL.AspNetCore.Tests.Tracing;

/// <summary>
/// <c>UseGraphQLTracing()</c> begins a traced request's figures before later middleware runs (as authentication and
/// rate limits do in the gateway); the endpoint reports into that same trace.
/// </summary>
public sealed class EarlyTracingTests
{
    private const string RedisCallsHeader = "X-Test-Redis-Calls";

    // Stands in for middleware that talks to a store before the endpoint: n Redis round trips, as the header says.
    private static void StoreCallingMiddleware(IApplicationBuilder app) => app.Use(async (HttpContext context, RequestDelegate next) =>
    {
        var calls = int.Parse(context.Request.Headers[RedisCallsHeader].ToString() is { Length: > 0 } n ? n : "0", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < calls; i++)
        {
            await Task.Yield();
            using var roundTrip = FakeExecutor.Redis.StartActivity("middleware round trip");
        }

        await next(context);
    });

    private static Task<TestServer> StartAsync(bool early) =>
        TestServer.StartAsync(s => s.AddSingleton<Commerce.GraphQL.Execution.IRequestExecutor>(new FakeExecutor()), middleware: app =>
        {
            if (early)
            {
                app.UseGraphQLTracing();
            }

            StoreCallingMiddleware(app);
        });

    [Fact]
    public async Task Round_trips_of_middleware_after_UseGraphQLTracing_count_in_each_requests_own_trace()
    {
        await using var server = await StartAsync(early: true);
        using var client = server.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => client.PostJsonAsync(
            new { query = $"{{ traced(postgres: 1, redis: {i % 2}) }}" },
            ("X-Trace", "true"),
            (RedisCallsHeader, i.ToString(System.Globalization.CultureInfo.InvariantCulture)))));

        for (var i = 0; i < responses.Length; i++)
        {
            var tracing = responses[i].Body.GetProperty("extensions").GetProperty("tracing");
            Assert.Equal(i + (i % 2), tracing.GetProperty("redis").GetProperty("roundTrips").GetInt64());
            Assert.Equal(1, tracing.GetProperty("postgres").GetProperty("roundTrips").GetInt64());
            Assert.Equal(1 + i + (i % 2), tracing.GetProperty("total").GetProperty("roundTrips").GetInt64());
        }
    }

    [Fact]
    public async Task Without_UseGraphQLTracing_the_trace_starts_at_the_endpoint()
    {
        await using var server = await StartAsync(early: false);
        using var client = server.CreateClient();

        var response = await client.PostJsonAsync(new { query = "{ traced(redis: 1) }" }, ("X-Trace", "true"), (RedisCallsHeader, "3"));

        Assert.Equal(1, response.Body.GetProperty("extensions").GetProperty("tracing").GetProperty("redis").GetProperty("roundTrips").GetInt64());
    }

    [Fact]
    public async Task An_untraced_request_gets_no_tracing_entry_with_UseGraphQLTracing_in_place()
    {
        await using var server = await StartAsync(early: true);
        using var client = server.CreateClient();

        var response = await client.PostJsonAsync(new { query = "{ traced(redis: 1) }" }, (RedisCallsHeader, "2"));

        Assert.True(response.Body.GetProperty("data").GetProperty("traced").GetBoolean());
        Assert.False(response.Body.TryGetProperty("extensions", out _));
    }
}
