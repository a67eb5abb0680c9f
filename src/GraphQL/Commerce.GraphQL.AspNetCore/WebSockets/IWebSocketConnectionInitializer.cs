using Microsoft.AspNetCore.Http;

namespace Commerce.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Decides whether a graphql-transport-ws connection may proceed, given its <c>connection_init</c> payload
/// (a token, say). Register one in DI to check; refusing closes the socket with 4403 Forbidden.
/// </summary>
public interface IWebSocketConnectionInitializer
{
    ValueTask<bool> OnConnectAsync(HttpContext context, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken);
}
