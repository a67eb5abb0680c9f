using Commerce.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Commerce.GraphQL.AspNetCore.Http;

/// <summary>Writes the one result a plain JSON response can carry; a stream (a subscription) needs WebSocket or SSE.</summary>
public static class SingleResultResponder
{
    public static Task RespondAsync(HttpContext context, IExecutionResult result, ResponseFormat format)
    {
        if (result is OperationResult single)
        {
            return HttpResultWriter.WriteAsync(context, single, format);
        }

        return HttpResultWriter.WriteAsync(
            context,
            OperationResult.RequestError(new GraphQLError(
                "Subscriptions are served over WebSocket (graphql-transport-ws) or with Accept: text/event-stream.")),
            format);
    }
}
