using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Commerce.GraphQL.AspNetCore.Tests.Infrastructure;
using Commerce.GraphQL.AspNetCore.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>The graphql-transport-ws rules, each driven frame by frame with a raw WebSocket client.</summary>
public sealed class GraphQLTransportWsTests : IAsyncLifetime
{
    private TestServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await TestServer.StartAsync(
            new FakeExecutor(),
            o => o.ConnectionInitTimeout = TimeSpan.FromMinutes(5),
            s => s.AddSingleton<IWebSocketConnectionInitializer, TokenInitializer>());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Init_ack_then_a_subscription_streams_next_messages_and_completes()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, """{"type":"connection_init","payload":{"token":"ok"}}""");
        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());

        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"subscription { ticks(n: 2) }"}}""");
        var messages = new[] { await ReceiveAsync(socket), await ReceiveAsync(socket), await ReceiveAsync(socket) };

        Assert.Equal(["next", "next", "complete"], messages.Select(m => m.GetProperty("type").GetString()));
        Assert.All(messages, m => Assert.Equal("1", m.GetProperty("id").GetString()));
        Assert.Equal(2, messages[1].GetProperty("payload").GetProperty("data").GetProperty("ticks").GetInt32());
    }

    [Fact]
    public async Task A_request_error_is_an_error_message_with_the_errors_and_no_complete()
    {
        using var socket = await ConnectAckedAsync();

        await SendAsync(socket, """{"id":"a","type":"subscribe","payload":{"query":"{ unknown }"}}""");
        var error = await ReceiveAsync(socket);
        await SendAsync(socket, """{"type":"ping"}""");
        var next = await ReceiveAsync(socket);

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("a", error.GetProperty("id").GetString());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("pong", next.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_carrying_the_payload()
    {
        using var socket = await ConnectAckedAsync();

        await SendAsync(socket, """{"type":"ping","payload":{"n":1}}""");
        var pong = await ReceiveAsync(socket);

        Assert.Equal("pong", pong.GetProperty("type").GetString());
        Assert.Equal(1, pong.GetProperty("payload").GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task No_connection_init_within_the_timeout_closes_with_4408()
    {
        // Its own server: a timeout short enough to wait for here would race the other tests' connection_init.
        await using var server = await TestServer.StartAsync(new FakeExecutor(), o => o.ConnectionInitTimeout = TimeSpan.FromMilliseconds(100));
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new UriBuilder(server.GraphQLUri) { Scheme = "ws" }.Uri, CancellationToken.None);

        Assert.Equal(4408, await ReceiveCloseAsync(socket));
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        using var socket = await ConnectAckedAsync();

        await SendAsync(socket, """{"type":"connection_init"}""");

        Assert.Equal(4429, await ReceiveCloseAsync(socket));
    }

    [Fact]
    public async Task Subscribe_before_the_ack_closes_with_4401()
    {
        using var socket = await ConnectAsync();

        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"{ hello }"}}""");

        Assert.Equal(4401, await ReceiveCloseAsync(socket));
    }

    [Fact]
    public async Task A_refused_connection_init_closes_with_4403()
    {
        using var socket = await ConnectAsync();

        await SendAsync(socket, """{"type":"connection_init","payload":{"token":"wrong"}}""");

        Assert.Equal(4403, await ReceiveCloseAsync(socket));
    }

    [Fact]
    public async Task A_second_subscriber_with_a_running_id_closes_with_4409()
    {
        using var socket = await ConnectAckedAsync();

        await SendAsync(socket, """{"id":"s","type":"subscribe","payload":{"query":"subscription { ticks(n: 100000000) }"}}""");
        await SendAsync(socket, """{"id":"s","type":"subscribe","payload":{"query":"subscription { ticks(n: 1) }"}}""");

        Assert.Equal(4409, await ReceiveCloseAsync(socket));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"unheard_of"}""")]
    [InlineData("""{"id":1,"type":"subscribe","payload":{"query":"{ hello }"}}""")]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"query":7}}""")]
    [InlineData("""{"payload":{}}""")]
    public async Task An_invalid_message_closes_with_4400(string message)
    {
        using var socket = await ConnectAckedAsync();

        await SendAsync(socket, message);

        Assert.Equal(4400, await ReceiveCloseAsync(socket));
    }

    [Fact]
    public async Task Complete_from_the_client_stops_a_subscription_and_the_id_can_be_reused()
    {
        using var socket = await ConnectAckedAsync();

        await SendAsync(socket, """{"id":"s","type":"subscribe","payload":{"query":"subscription { ticks(n: 100000000) }"}}""");
        Assert.Equal("next", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        await SendAsync(socket, """{"id":"s","type":"complete"}""");

        // Drain what was in flight; the stream must end without a complete from the server, and the id be free.
        await SendAsync(socket, """{"id":"s2","type":"subscribe","payload":{"query":"{ hello }"}}""");
        JsonElement message;
        do
        {
            message = await ReceiveAsync(socket);
        }
        while (message.GetProperty("id").GetString() == "s" && message.GetProperty("type").GetString() == "next");

        Assert.Equal("s2", message.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_client_without_the_subprotocol_is_closed_with_4406()
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(WsUri(), CancellationToken.None);

        Assert.Equal(4406, await ReceiveCloseAsync(socket));
    }

    private Uri WsUri() => new UriBuilder(_server.GraphQLUri) { Scheme = "ws" }.Uri;

    private async Task<ClientWebSocket> ConnectAsync()
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(WsUri(), CancellationToken.None);
        Assert.Equal("graphql-transport-ws", socket.SubProtocol);
        return socket;
    }

    private async Task<ClientWebSocket> ConnectAckedAsync()
    {
        var socket = await ConnectAsync();
        await SendAsync(socket, """{"type":"connection_init","payload":{"token":"ok"}}""");
        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        return socket;
    }

    private static Task SendAsync(WebSocket socket, string message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket)
    {
        var (type, text) = await ReceiveMessageAsync(socket);
        Assert.True(type == WebSocketMessageType.Text, $"expected a message, got a close {socket.CloseStatus} {socket.CloseStatusDescription}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<int> ReceiveCloseAsync(WebSocket socket)
    {
        while (true)
        {
            var (type, _) = await ReceiveMessageAsync(socket);
            if (type == WebSocketMessageType.Close)
            {
                return (int)socket.CloseStatus!.Value;
            }
        }
    }

    private static async Task<(WebSocketMessageType Type, string Text)> ReceiveMessageAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        var total = 0;
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, total, buffer.Length - total), CancellationToken.None);
            total += result.Count;
        }
        while (!result.EndOfMessage);

        return (result.MessageType, Encoding.UTF8.GetString(buffer, 0, total));
    }

    private sealed class TokenInitializer : IWebSocketConnectionInitializer
    {
        public ValueTask<bool> OnConnectAsync(HttpContext context, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken) =>
            ValueTask.FromResult(payload is null || (payload.TryGetValue("token", out var token) && token is "ok"));
    }
}
