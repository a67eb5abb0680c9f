using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Serialization;
using Microsoft.AspNetCore.Http;

namespace Commerce.GraphQL.AspNetCore.Http;

/// <summary>
/// Writes a GraphQL response with the status code the GraphQL-over-HTTP spec asks of its media type:
/// <c>application/graphql-response+json</c> gives 200 when <c>data</c> is present and 400 for a request error;
/// <c>application/json</c> gives 200 for every well-formed request. An internal failure is 500 in both.
/// </summary>
public static class HttpResultWriter
{
    public static async Task WriteAsync(HttpContext context, OperationResult result, ResponseFormat format)
    {
        context.Response.StatusCode = StatusCodeOf(result, format);
        context.Response.ContentType = ContentNegotiation.ContentTypeOf(format);
        ResultJsonWriter.Write(result, context.Response.BodyWriter);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>Answers a request that is not well-formed (or not servable) with <paramref name="statusCode"/> and one error.</summary>
    public static Task WriteProblemAsync(HttpContext context, int statusCode, string message, ResponseFormat format)
    {
        var result = OperationResult.RequestError(new GraphQLError(message));
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = ContentNegotiation.ContentTypeOf(
            format is ResponseFormat.GraphQLResponseJson ? format : ResponseFormat.Json);
        ResultJsonWriter.Write(result, context.Response.BodyWriter);
        return context.Response.BodyWriter.FlushAsync(context.RequestAborted).AsTask();
    }

    public static int StatusCodeOf(OperationResult result, ResponseFormat format)
    {
        if (!result.HasData && result.Errors is { } errors && errors.Any(e => e.Code == ErrorCodes.InternalError))
        {
            return StatusCodes.Status500InternalServerError;
        }

        return format == ResponseFormat.GraphQLResponseJson && result.IsRequestError
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
    }
}
