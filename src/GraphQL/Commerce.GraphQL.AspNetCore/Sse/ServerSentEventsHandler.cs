using System.Buffers;
using System.IO.Pipelines;
using Commerce.GraphQL.AspNetCore.Execution;
using Commerce.GraphQL.AspNetCore.Http;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.AspNetCore.Sse;

/// <summary>
/// GraphQL over Server-Sent Events, "distinct connections" mode of the graphql-sse protocol: a GET or POST
/// request as GraphQL over HTTP defines it, with <c>Accept: text/event-stream</c>, answered by one stream that
/// carries each result as a <c>next</c> event and ends with a <c>complete</c> event. Errors found before
/// execution (syntax, validation) are also sent as a <c>next</c> event, since an EventSource cannot read a 400
/// body; only requests that are not GraphQL requests at all get a plain 4xx. The client ends a subscription by
/// closing the connection.
/// </summary>
public sealed class ServerSentEventsHandler(
    GraphQLRequestPipeline pipeline,
    IOptions<GraphQLServerOptions> options,
    IHostApplicationLifetime lifetime)
{
    private static readonly byte[] NextPrefix = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] Complete = "event: complete\ndata:\n\n"u8.ToArray();

    public async Task HandleAsync(HttpContext context, bool isPost)
    {
        var parameters = await ReadParametersAsync(context, isPost);
        if (parameters is null)
        {
            return;
        }

        // Shutdown ends open streams (with a complete event) so the server can drain. Only producing results
        // stops on shutdown: a write or flush cancelled mid-way makes Kestrel abort the connection, and the
        // client would never see the complete event.
        var aborted = context.RequestAborted;
        using var streaming = CancellationTokenSource.CreateLinkedTokenSource(aborted, lifetime.ApplicationStopping);
        var result = await pipeline.ExecuteAsync(context, parameters, allowedOperations: null, streaming.Token);

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentNegotiation.ContentTypeOf(ResponseFormat.EventStream);
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";

        try
        {
            switch (result)
            {
                case OperationResult single:
                    await WriteNextAsync(response.BodyWriter, single, aborted);
                    break;
                case ResponseStream stream:
                    await response.BodyWriter.FlushAsync(aborted);
                    await foreach (var next in stream.ReadResultsAsync().WithCancellation(streaming.Token))
                    {
                        await WriteNextAsync(response.BodyWriter, next, aborted);
                    }

                    break;
            }

            await response.BodyWriter.WriteAsync(Complete, aborted);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            await response.BodyWriter.WriteAsync(Complete, aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client closed the stream: that is how it stops a subscription.
        }
    }

    private async Task<GraphQLRequestParameters?> ReadParametersAsync(HttpContext context, bool isPost)
    {
        ParametersOrError parsed;
        if (isPost)
        {
            if (!ContentNegotiation.IsJsonContentType(context.Request.ContentType))
            {
                await HttpResultWriter.WriteProblemAsync(context, StatusCodes.Status415UnsupportedMediaType, "The request body must be application/json (UTF-8).", ResponseFormat.Json);
                return null;
            }

            var maxSize = options.Value.MaxRequestBodySize;
            var (withinLimit, body) = await RequestBodyReader.ReadAsync(context.Request, maxSize, RequestParameterReader.FromJsonBody, context.RequestAborted);
            if (!withinLimit)
            {
                await HttpResultWriter.WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge, $"The request body exceeds {maxSize} bytes.", ResponseFormat.Json);
                return null;
            }

            parsed = body;
        }
        else
        {
            parsed = RequestParameterReader.FromQueryString(context.Request.Query);
        }

        if (parsed.Error is { } error)
        {
            await HttpResultWriter.WriteProblemAsync(context, StatusCodes.Status400BadRequest, error, ResponseFormat.Json);
            return null;
        }

        return parsed.Parameters;
    }

    private static async ValueTask WriteNextAsync(PipeWriter writer, OperationResult result, CancellationToken cancellationToken)
    {
        writer.Write(NextPrefix);
        ResultJsonWriter.Write(result, writer);
        writer.Write(EventEnd);
        await writer.FlushAsync(cancellationToken);
    }
}
