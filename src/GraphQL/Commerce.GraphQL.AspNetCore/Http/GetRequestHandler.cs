using Commerce.GraphQL.AspNetCore.Execution;
using Commerce.GraphQL.Language;
using Microsoft.AspNetCore.Http;

namespace Commerce.GraphQL.AspNetCore.Http;

/// <summary>
/// GET with the parameters in the query string (GraphQL-over-HTTP "GET"). Only queries: GET must be safe, so a
/// mutation is refused with 405 and <c>Allow: POST</c> before it executes.
/// </summary>
public sealed class GetRequestHandler(GraphQLRequestPipeline pipeline)
{
    private static readonly IReadOnlySet<OperationType> Allowed = new HashSet<OperationType> { OperationType.Query };

    public async Task HandleAsync(HttpContext context, ResponseFormat format)
    {
        var parameters = RequestParameterReader.FromQueryString(context.Request.Query);
        if (parameters.Error is { } error)
        {
            await HttpResultWriter.WriteProblemAsync(context, StatusCodes.Status400BadRequest, error, format);
            return;
        }

        var request = parameters.Parameters!;
        if (request.Query is { } query && OperationTypeProbe.Probe(query, request.OperationName) is { } type && type != OperationType.Query)
        {
            context.Response.Headers.Allow = "POST";
            await HttpResultWriter.WriteProblemAsync(
                context,
                StatusCodes.Status405MethodNotAllowed,
                $"A {type.ToString().ToLowerInvariant()} operation cannot be sent with GET; use POST.",
                format);
            return;
        }

        var result = await pipeline.ExecuteAsync(context, request, Allowed, context.RequestAborted);
        await SingleResultResponder.RespondAsync(context, result, format);
    }
}
