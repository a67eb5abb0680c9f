using Commerce.GraphQL.AspNetCore.Tracing;

namespace Microsoft.AspNetCore.Builder;

public static class TracingApplicationBuilderExtensions
{
    /// <summary>
    /// Starts a traced request's <c>extensions.tracing</c> figures here rather than at the GraphQL endpoint: call it
    /// before middleware whose store round trips should be counted (e.g. before <c>UseAccounts</c>).
    /// </summary>
    public static IApplicationBuilder UseGraphQLTracing(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestTracingMiddleware>();
}
