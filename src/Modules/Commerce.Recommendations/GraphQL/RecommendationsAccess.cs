using System.Security.Claims;
using Commerce.GraphQL;
using Commerce.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Commerce.Recommendations.GraphQL;

/// <summary>
/// Who is asking. The host puts the HttpContext in the request's context data; the accounts module signs in
/// customers (role <c>customer</c>, id in the name-identifier claim) and marketing API keys (role <c>marketing</c>).
/// </summary>
public static class RecommendationsAccess
{
    public const string HttpContextKey = "HttpContext";
    public const string MarketingRole = "marketing";

    public static ClaimsPrincipal? User(IResolverContext context) =>
        context.ContextData.TryGetValue(HttpContextKey, out var value) && value is HttpContext http ? http.User : null;

    public static void RequireMarketing(IResolverContext context)
    {
        if (User(context)?.IsInRole(MarketingRole) != true)
        {
            throw new GraphQLException("Only marketing users and marketing API keys may query customers' recommendations and segments.", RecommendationErrorCodes.Forbidden);
        }
    }

    public static string? CustomerIdOf(ClaimsPrincipal? user) =>
        user?.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user?.FindFirst("sub")?.Value;

    public static string RequireCustomerId(IResolverContext context)
    {
        var id = CustomerIdOf(User(context));
        return id is { Length: > 0 }
            ? id
            : throw new GraphQLException("Sign in to see your recommendations.", RecommendationErrorCodes.Unauthenticated);
    }
}
