namespace Commerce.GraphQL.AspNetCore.Tracing;

/// <summary>
/// A trace begun by <see cref="RequestTracingMiddleware"/> before the GraphQL endpoint ran, so the round trips of
/// earlier middleware (authentication, rate limits) count too. The first execution of the request takes it over.
/// </summary>
public sealed class RequestTraceFeature(RequestTrace trace)
{
    private RequestTrace? _trace = trace;

    /// <summary>The trace, once: a second execution on the same HTTP request gets null and traces on its own.</summary>
    public RequestTrace? Take() => Interlocked.Exchange(ref _trace, null);
}
