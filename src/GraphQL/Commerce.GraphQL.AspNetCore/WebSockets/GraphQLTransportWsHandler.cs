using Commerce.GraphQL.AspNetCore.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.AspNetCore.WebSockets;

/// <summary>Accepts a WebSocket upgrade at the GraphQL path and runs one graphql-transport-ws session on it.</summary>
public sealed class GraphQLTransportWsHandler(
    GraphQLRequestPipeline pipeline,
    IOptions<GraphQLServerOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLTransportWsHandler> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLTransportWs.SubProtocol))
        {
            // graphql-ws clients read the close code; a refused handshake would tell them nothing.
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            await refused.CloseOutputAsync(
                (System.Net.WebSockets.WebSocketCloseStatus)GraphQLTransportWs.CloseCodes.SubprotocolNotAcceptable,
                "Subprotocol not acceptable",
                context.RequestAborted);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(GraphQLTransportWs.SubProtocol);
        var session = new GraphQLTransportWsSession(
            socket,
            context,
            pipeline,
            context.RequestServices.GetService<IWebSocketConnectionInitializer>(),
            options.Value,
            logger);

        // A subscription may run forever; on shutdown, tell the client to come back later rather than be cut off.
        await using var stopping = lifetime.ApplicationStopping.Register(() => _ = session.CloseAsync((int)System.Net.WebSockets.WebSocketCloseStatus.EndpointUnavailable, "Server shutting down"));
        await session.RunAsync();
    }
}
