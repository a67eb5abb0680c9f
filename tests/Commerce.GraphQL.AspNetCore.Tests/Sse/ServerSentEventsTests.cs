using System.Net;
using System.Text;
using System.Text.Json;
using Commerce.GraphQL.AspNetCore.Tests.Infrastructure;

namespace Commerce.GraphQL.AspNetCore.Tests.Sse;

/// <summary>graphql-sse "distinct connections" mode.</summary>
public sealed class ServerSentEventsTests
{
    [Fact]
    public async Task A_subscription_streams_each_result_as_a_next_event_then_complete()
    {
        await using var server = await TestServer.StartAsync(new FakeExecutor());
        using var client = server.CreateClient();

        var (status, contentType, events) = await PostStreamAsync(client, """{"query":"subscription { ticks(n: 3) }"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/event-stream", contentType);
        Assert.Equal(["next", "next", "next", "complete"], events.Select(e => e.Event));
        Assert.Equal([1, 2, 3], events.Take(3).Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("data").GetProperty("ticks").GetInt32()));
    }

    [Fact]
    public async Task A_query_is_one_next_event_and_a_validation_error_travels_in_a_next_event_too()
    {
        await using var server = await TestServer.StartAsync(new FakeExecutor());
        using var client = server.CreateClient();

        var query = await PostStreamAsync(client, """{"query":"{ hello }"}""");
        var invalid = await PostStreamAsync(client, """{"query":"{ unknown }"}""");

        Assert.Equal(["next", "complete"], query.Events.Select(e => e.Event));
        Assert.Equal("""{"data":{"hello":"world"}}""", query.Events[0].Data);
        Assert.Equal(HttpStatusCode.OK, invalid.Status);
        Assert.Equal(["next", "complete"], invalid.Events.Select(e => e.Event));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", JsonDocument.Parse(invalid.Events[0].Data).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_get_with_the_query_string_streams_as_well()
    {
        await using var server = await TestServer.StartAsync(new FakeExecutor());
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("subscription { ticks(n: 2) }"));
        request.Headers.Accept.ParseAdd("text/event-stream");

        var response = await client.SendAsync(request);
        var events = Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(["next", "next", "complete"], events.Select(e => e.Event));
    }

    [Fact]
    public async Task Malformed_json_is_still_a_plain_400()
    {
        await using var server = await TestServer.StartAsync(new FakeExecutor());
        using var client = server.CreateClient();

        var (status, _, _) = await PostStreamAsync(client, "{ nope");

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    private static async Task<(HttpStatusCode Status, string? ContentType, List<(string Event, string Data)> Events)> PostStreamAsync(HttpClient client, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.IsSuccessStatusCode ? Parse(text) : []);
    }

    /// <summary>The event stream interpretation of the SSE spec, for the fields we send (event, data).</summary>
    private static List<(string Event, string Data)> Parse(string stream)
    {
        var events = new List<(string, string)>();
        foreach (var block in stream.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            string? name = null;
            var data = new List<string>();
            foreach (var line in block.Split('\n'))
            {
                if (line.StartsWith("event:", StringComparison.Ordinal))
                {
                    name = line[6..].TrimStart(' ');
                }
                else if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    data.Add(line[5..].StartsWith(' ') ? line[6..] : line[5..]);
                }
            }

            events.Add((name ?? "message", string.Join("\n", data)));
        }

        return events;
    }
}
