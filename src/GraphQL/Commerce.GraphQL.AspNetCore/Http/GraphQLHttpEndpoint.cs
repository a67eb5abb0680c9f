using Commerce.GraphQL.AspNetCore.Ide;
using Commerce.GraphQL.AspNetCore.Sse;
using Commerce.GraphQL.AspNetCore.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.AspNetCore.Http;

/// <summary>
/// The one endpoint at the GraphQL path: sends each request to the transport it asks for (a WebSocket upgrade,
/// <c>Accept: text/event-stream</c>, a browser wanting HTML, POST, GET) and answers every other method with 405.
/// </summary>
public static class GraphQLHttpEndpoint
{
    private static readonly ResponseFormat[] JsonFormats = [ResponseFormat.Json, ResponseFormat.GraphQLResponseJson];
    private static readonly ResponseFormat[] StreamOrJson = [ResponseFormat.Json, ResponseFormat.GraphQLResponseJson, ResponseFormat.EventStream];
    private static readonly ResponseFormat[] IdeOrJson = [ResponseFormat.Json, ResponseFormat.GraphQLResponseJson, ResponseFormat.EventStream, ResponseFormat.Html];

    public static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        var request = context.Request;

        if (context.WebSockets.IsWebSocketRequest)
        {
            if (!options.EnableWebSockets)
            {
                await HttpResultWriter.WriteProblemAsync(context, StatusCodes.Status400BadRequest, "WebSockets are disabled.", ResponseFormat.Json);
                return;
            }

            await services.GetRequiredService<GraphQLTransportWsHandler>().HandleAsync(context);
            return;
        }

        var isGet = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        var isPost = HttpMethods.IsPost(request.Method);
        if (!isGet && !isPost)
        {
            context.Response.Headers.Allow = options.EnableGetRequests ? "GET, POST" : "POST";
            await HttpResultWriter.WriteProblemAsync(context, StatusCodes.Status405MethodNotAllowed, $"{request.Method} is not supported; use POST or GET.", ResponseFormat.Json);
            return;
        }

        var wantsIde = isGet && options.EnableIde && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("extensions");
        var candidates = wantsIde ? IdeOrJson : options.EnableServerSentEvents ? StreamOrJson : JsonFormats;
        var format = ContentNegotiation.Negotiate(request.Headers.Accept, candidates);

        switch (format)
        {
            case ResponseFormat.NotAcceptable:
                await HttpResultWriter.WriteProblemAsync(
                    context,
                    StatusCodes.Status406NotAcceptable,
                    "Accept application/graphql-response+json, application/json or text/event-stream.",
                    ResponseFormat.Json);
                return;
            case ResponseFormat.Html:
                await services.GetRequiredService<BananaCakePopEndpoint>().ServeIndexAsync(context);
                return;
            case ResponseFormat.EventStream:
                await services.GetRequiredService<ServerSentEventsHandler>().HandleAsync(context, isPost);
                return;
        }

        if (isPost)
        {
            await services.GetRequiredService<PostRequestHandler>().HandleAsync(context, format);
        }
        else if (options.EnableGetRequests)
        {
            await services.GetRequiredService<GetRequestHandler>().HandleAsync(context, format);
        }
        else
        {
            context.Response.Headers.Allow = "POST";
            await HttpResultWriter.WriteProblemAsync(context, StatusCodes.Status405MethodNotAllowed, "GET requests are disabled; use POST.", format);
        }
    }
}
