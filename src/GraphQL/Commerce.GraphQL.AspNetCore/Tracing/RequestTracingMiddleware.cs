using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.AspNetCore.Tracing;

/// <summary>
/// Begins a traced request's store tracing where it sits in the pipeline instead of at the GraphQL endpoint, so the
/// middleware between the two (session lookups, rate limits) is counted in <c>extensions.tracing</c>; the endpoint
/// reports into the same trace. WebSocket upgrades are left alone: their operations each trace on their own.
/// </summary>
public sealed class RequestTracingMiddleware(RequestDelegate next, StoreTracingListener tracing, IOptions<GraphQLServerOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.WebSockets.IsWebSocketRequest || !IsRequested(options.Value.Tracing, context))
        {
            await next(context);
            return;
        }

        var trace = new RequestTrace();
        context.Features.Set(new RequestTraceFeature(trace));
        using (tracing.Begin(trace))
        {
            await next(context);
        }
    }

    /// <summary>Tracing for every response, or for this one by the <c>X-Trace: true</c> header when allowed.</summary>
    public static bool IsRequested(TracingOptions options, HttpContext context) =>
        options.Enabled
        || (options.AllowRequestHeader
            && context.Request.Headers.TryGetValue(TracingOptions.HeaderName, out var value)
            && string.Equals(value.ToString(), "true", StringComparison.OrdinalIgnoreCase));
}
