using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Commerce.GraphQL.AspNetCore.Tests.Infrastructure;

namespace Commerce.GraphQL.AspNetCore.Tests.Integration;

/// <summary>Each transport with the real engine behind it.</summary>
public sealed class EngineTransportTests : IAsyncLifetime
{
    private TestServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await EngineServer.StartAsync();
        _client = _server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Post_runs_queries_with_variables_and_mutations()
    {
        var query = await _client.PostJsonAsync(new { query = "query($a: Int!) { add(a: $a, b: 2) hello(name: \"Ada\") }", variables = new { a = 40 } });
        var mutation = await _client.PostJsonAsync(new { query = "mutation { echo(text: \"hi\") }" });

        Assert.Equal(200, query.Status);
        Assert.Equal(42, query.Body.GetProperty("data").GetProperty("add").GetInt32());
        Assert.Equal("Hello, Ada", query.Body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("hi", mutation.Body.GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Get_refuses_the_engines_mutation_with_405()
    {
        var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { echo(text: \"x\") }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Variable_coercion_failure_is_400_under_graphql_response_json()
    {
        var response = await _client.PostJsonAsync(new { query = "query($a: Int!) { add(a: $a, b: 1) }", variables = new { a = "x" } });

        Assert.Equal(400, response.Status);
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Sse_streams_the_engines_subscription()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"subscription { ticks(n: 3) }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");

        var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(
            "event: next\ndata: {\"data\":{\"ticks\":1}}\n\nevent: next\ndata: {\"data\":{\"ticks\":2}}\n\nevent: next\ndata: {\"data\":{\"ticks\":3}}\n\nevent: complete\ndata:\n\n",
            text);
    }

    [Fact]
    public async Task WebSocket_streams_the_engines_subscription()
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new UriBuilder(_server.GraphQLUri) { Scheme = "ws" }.Uri, CancellationToken.None);
        await SendAsync(socket, """{"type":"connection_init"}""");
        await SendAsync(socket, """{"id":"t","type":"subscribe","payload":{"query":"subscription { ticks(n: 2) }"}}""");

        var messages = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            messages.Add(await ReceiveAsync(socket));
        }

        Assert.Equal(
            [
                """{"type":"connection_ack"}""",
                """{"id":"t","type":"next","payload":{"data":{"ticks":1}}}""",
                """{"id":"t","type":"next","payload":{"data":{"ticks":2}}}""",
                """{"id":"t","type":"complete"}""",
            ],
            messages);
    }

    private static Task SendAsync(WebSocket socket, string message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<string> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[16 * 1024];
        var total = 0;
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, total, buffer.Length - total), CancellationToken.None);
            total += result.Count;
        }
        while (!result.EndOfMessage);

        return Encoding.UTF8.GetString(buffer, 0, total);
    }
}
