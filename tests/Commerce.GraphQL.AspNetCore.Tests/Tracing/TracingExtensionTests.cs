using System.Text.Json;
using Commerce.GraphQL.AspNetCore.Tests.Infrastructure;

namespace Commerce.GraphQL.AspNetCore.Tests.Tracing;

public sealed class TracingExtensionTests
{
    [Fact]
    public async Task X_Trace_reports_each_requests_own_round_trips_per_store_and_the_total()
    {
        await using var server = await TestServer.StartAsync(new FakeExecutor());
        using var client = server.CreateClient();

        // Concurrent requests with different counts: each must see exactly its own round trips.
        var requests = Enumerable.Range(0, 8).Select(i => client.PostJsonAsync(
            new { query = $"{{ traced(postgres: {i}, redis: {i % 3}) }}" },
            ("X-Trace", "true"))).ToArray();
        var responses = await Task.WhenAll(requests);

        for (var i = 0; i < responses.Length; i++)
        {
            var tracing = responses[i].Body.GetProperty("extensions").GetProperty("tracing");
            Assert.Equal(i, RoundTrips(tracing, "postgres"));
            Assert.Equal(i % 3, RoundTrips(tracing, "redis"));
            Assert.Equal(0, RoundTrips(tracing, "mongo"));
            Assert.Equal(0, RoundTrips(tracing, "neo4j"));
            Assert.Equal(0, RoundTrips(tracing, "cassandra"));
            Assert.Equal(i + (i % 3), RoundTrips(tracing, "total"));
            Assert.True(tracing.GetProperty("total").GetProperty("durationMs").GetDouble() >= tracing.GetProperty("postgres").GetProperty("durationMs").GetDouble());
        }
    }

    [Fact]
    public async Task Without_the_header_or_the_setting_there_is_no_tracing_entry()
    {
        await using var server = await TestServer.StartAsync(new FakeExecutor());
        using var client = server.CreateClient();

        var response = await client.PostJsonAsync(new { query = "{ traced(postgres: 2) }" });

        Assert.False(response.Body.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task The_setting_traces_every_request()
    {
        await using var server = await TestServer.StartAsync(new FakeExecutor(), o => o.Tracing.Enabled = true);
        using var client = server.CreateClient();

        var response = await client.PostJsonAsync(new { query = "{ traced(redis: 2) }" });

        Assert.Equal(2, RoundTrips(response.Body.GetProperty("extensions").GetProperty("tracing"), "redis"));
    }

    [Fact]
    public async Task Each_subscription_event_reports_the_round_trips_made_while_producing_it()
    {
        await using var server = await TestServer.StartAsync(new FakeExecutor());
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"subscription { tracedTicks(n: 3) }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.Add("X-Trace", "true");

        var stream = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        var events = stream.Split("\n").Where(l => l.StartsWith("data: {", StringComparison.Ordinal)).Select(l => JsonDocument.Parse(l[6..]).RootElement).ToList();

        Assert.Equal([1L, 2L, 3L], events.Select(e => RoundTrips(e.GetProperty("extensions").GetProperty("tracing"), "postgres")));
    }

    private static long RoundTrips(JsonElement tracing, string store) => tracing.GetProperty(store).GetProperty("roundTrips").GetInt64();
}
