using Commerce.GraphQL.AspNetCore.Execution;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Language;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.AspNetCore.Http;

/// <summary>POST with an <c>application/json</c> body (GraphQL-over-HTTP "POST"): queries and mutations.</summary>
public sealed class PostRequestHandler(GraphQLRequestPipeline pipeline, IOptions<GraphQLServerOptions> options)
{
    private static readonly IReadOnlySet<OperationType> Allowed = new HashSet<OperationType> { OperationType.Query, OperationType.Mutation };

    public async Task HandleAsync(HttpContext context, ResponseFormat format)
    {
        if (!ContentNegotiation.IsJsonContentType(context.Request.ContentType))
        {
            await HttpResultWriter.WriteProblemAsync(
                context,
                StatusCodes.Status415UnsupportedMediaType,
                "The request body must be application/json (UTF-8).",
                format);
            return;
        }

        var (withinLimit, parameters) = await RequestBodyReader.ReadAsync(
            context.Request,
            options.Value.MaxRequestBodySize,
            RequestParameterReader.FromJsonBody,
            context.RequestAborted);
        if (!withinLimit)
        {
            await HttpResultWriter.WriteProblemAsync(
                context,
                StatusCodes.Status413PayloadTooLarge,
                $"The request body exceeds {options.Value.MaxRequestBodySize} bytes.",
                format);
            return;
        }

        if (parameters.Error is { } error)
        {
            await HttpResultWriter.WriteProblemAsync(context, StatusCodes.Status400BadRequest, error, format);
            return;
        }

        var result = await pipeline.ExecuteAsync(context, parameters.Parameters!, Allowed, context.RequestAborted);
        await SingleResultResponder.RespondAsync(context, result, format);
    }
}
