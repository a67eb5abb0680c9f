using System.Net.WebSockets;
using System.Text;
using Commerce.GraphQL.AspNetCore.Tests.Infrastructure;

namespace Commerce.GraphQL.AspNetCore.Tests.Shutdown;

/// <summary>What stopping the host (SIGTERM) does to work in flight.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task A_request_in_flight_when_shutdown_begins_still_gets_its_response()
    {
        var executor = new FakeExecutor();
        var server = await TestServer.StartAsync(executor);
        using var client = server.CreateClient();

        var response = client.PostJsonAsync(new { query = "{ slow }" });
        await executor.SlowStarted.Task;
        var stopping = server.StopAsync();
        executor.SlowRelease.SetResult();

        var (status, body) = await response;
        await stopping;
        await server.DisposeAsync();
        Assert.Equal(200, status);
        Assert.Equal("done", body.GetProperty("data").GetProperty("slow").GetString());
    }

    [Fact]
    public async Task An_endless_sse_subscription_ends_with_a_complete_event_on_shutdown()
    {
        var server = await TestServer.StartAsync(new FakeExecutor());
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"subscription { ticks(n: 2000000000) }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("event: next", await reader.ReadLineAsync());
        // Not reading for a while fills the socket buffers, so the server is held in a flush when shutdown
        // begins: the case where cancelling the write would abort the connection.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var stopping = server.StopAsync();
        var rest = await reader.ReadToEndAsync();
        await stopping;
        await server.DisposeAsync();

        Assert.EndsWith("event: complete\ndata:\n\n", rest);
    }

    [Fact]
    public async Task An_open_websocket_is_closed_with_going_away_on_shutdown()
    {
        var server = await TestServer.StartAsync(new FakeExecutor());
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new UriBuilder(server.GraphQLUri) { Scheme = "ws" }.Uri, CancellationToken.None);
        await socket.SendAsync("""{"type":"connection_init"}"""u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
        await socket.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription { ticks(n: 2000000000) }"}}"""u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);

        var buffer = new byte[4096];
        await socket.ReceiveAsync(buffer, CancellationToken.None); // connection_ack
        var stopping = server.StopAsync();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, CancellationToken.None);
        }
        while (received.MessageType != WebSocketMessageType.Close);

        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        await stopping;
        await server.DisposeAsync();
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, socket.CloseStatus);
    }
}
