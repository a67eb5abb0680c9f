using Commerce.GraphQL.AspNetCore.Http;
using Commerce.GraphQL.AspNetCore.PersistedOperations;
using Commerce.GraphQL.AspNetCore.Tracing;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Language;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.AspNetCore.Execution;

/// <summary>
/// What every transport does with well-formed request parameters: resolve persisted documents, build the
/// <see cref="GraphQLRequest"/>, execute it under the request's tracing scope, and attach <c>extensions.tracing</c>.
/// An exception escaping the executor is logged with the request's trace id and becomes an INTERNAL_ERROR without details.
/// </summary>
public sealed class GraphQLRequestPipeline(
    PersistedOperationResolver persisted,
    StoreTracingListener tracing,
    IOptions<GraphQLServerOptions> options,
    ILogger<GraphQLRequestPipeline> logger)
{
    public const string HttpContextKey = "HttpContext";
    public const string RequestTraceKey = "RequestTrace";

    private readonly GraphQLServerOptions _options = options.Value;

    public async Task<IExecutionResult> ExecuteAsync(
        HttpContext context,
        GraphQLRequestParameters parameters,
        IReadOnlySet<OperationType>? allowedOperations,
        CancellationToken cancellationToken)
    {
        var document = await persisted.ResolveAsync(parameters, cancellationToken);
        if (document.Error is { } error)
        {
            return OperationResult.RequestError(error);
        }

        // A trace UseGraphQLTracing began earlier already holds the middleware's round trips: report into it.
        var trace = context.Features.Get<RequestTraceFeature>()?.Take()
            ?? (RequestTracingMiddleware.IsRequested(_options.Tracing, context) ? new RequestTrace() : null);
        var contextData = new Dictionary<string, object?> { [HttpContextKey] = context };
        if (trace is not null)
        {
            contextData[RequestTraceKey] = trace;
        }

        var request = new GraphQLRequest
        {
            Query = document.Text,
            DocumentId = document.Hash,
            OperationName = parameters.OperationName,
            Variables = parameters.Variables,
            Extensions = parameters.Extensions,
            Services = context.RequestServices,
            ContextData = contextData,
            AllowedOperations = allowedOperations,
        };

        var executor = context.RequestServices.GetRequiredService<IRequestExecutor>();
        IExecutionResult result;
        using (trace is null ? null : tracing.Begin(trace))
        {
            try
            {
                result = await executor.ExecuteAsync(request, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Unexpected error executing a GraphQL request (trace id {TraceId})", context.TraceIdentifier);
                return new OperationResult(null, [GraphQLError.Coded("Unexpected Execution Error", ErrorCodes.InternalError)], hasData: false);
            }
        }

        return (trace, result) switch
        {
            (null, _) => result,
            (_, OperationResult single) => WithTracing(single, trace),
            (_, ResponseStream stream) => new ResponseStream(TraceEachEvent(stream.ReadResultsAsync(), trace, cancellationToken)),
            _ => result,
        };
    }

    private static OperationResult WithTracing(OperationResult result, RequestTrace trace)
    {
        result.Extensions ??= [];
        result.Extensions["tracing"] = trace.ToExtension();
        return result;
    }

    /// <summary>
    /// A subscription's events each get their own figures: the round trips made while producing that event
    /// (the first one also counts what subscribing took).
    /// </summary>
    private async IAsyncEnumerable<OperationResult> TraceEachEvent(
        IAsyncEnumerable<OperationResult> results,
        RequestTrace first,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var trace = first;
        await using var events = results.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            OperationResult next;
            using (tracing.Begin(trace))
            {
                if (!await events.MoveNextAsync())
                {
                    yield break;
                }

                next = events.Current;
            }

            yield return WithTracing(next, trace);
            trace = new RequestTrace();
        }
    }
}
