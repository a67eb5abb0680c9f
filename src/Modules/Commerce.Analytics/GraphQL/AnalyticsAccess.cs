using Commerce.GraphQL;
using Commerce.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Commerce.Analytics;

/// <summary>Analytics are for the admin and marketing roles; the host puts the HttpContext in the request's context data.</summary>
public static class AnalyticsAccess
{
    public const string HttpContextKey = Commerce.GraphQL.AspNetCore.Execution.GraphQLRequestPipeline.HttpContextKey;
    public static readonly IReadOnlyList<string> Roles = ["admin", "marketing"];

    public static void Require(IResolverContext context)
    {
        var user = context.ContextData.TryGetValue(HttpContextKey, out var value) && value is HttpContext http ? http.User : null;
        if (user?.Identity?.IsAuthenticated != true)
        {
            throw new GraphQLException("Sign in as an admin or a marketing user to see analytics.", ErrorCodes.Unauthenticated);
        }

        if (!Roles.Any(user.IsInRole))
        {
            throw new GraphQLException("Analytics are for the admin and marketing roles.", ErrorCodes.Forbidden);
        }
    }
}
