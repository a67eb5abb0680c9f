using Commerce.GraphQL.AspNetCore.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.AspNetCore.WebSockets;

/// <summary>Accepts a WebSocket upgrade at the GraphQL path and runs one graphql-transport-ws session on it.</summary>
public sealed class GraphQLTransportWsHandler(
    GraphQLRequestPipeline pipeline,
    IOptions<GraphQLServerOptions> options,
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
        await session.RunAsync();
    }
}
