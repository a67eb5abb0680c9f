using System.Security.Claims;
using Commerce.GraphQL;
using Commerce.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Commerce.Accounts;

/// <summary>The signed-in principal of a resolver's request, for this module and others (carts, orders).</summary>
public static class AccountContext
{
    public const string HttpContextKey = "HttpContext";

    public static HttpContext? Http(IResolverContext context) =>
        context.ContextData.TryGetValue(HttpContextKey, out var value) ? value as HttpContext : null;

    public static ClaimsPrincipal? Principal(IResolverContext context) =>
        Http(context)?.User is { Identity.IsAuthenticated: true } user ? user : null;

    /// <summary>The signed-in user's id (password sessions only; API keys are not users); null when anonymous.</summary>
    public static Guid? UserId(IResolverContext context) =>
        Principal(context)?.FindFirstValue(SessionAuthenticationHandler.SessionIdClaim) is not null
        && Guid.TryParse(Principal(context)!.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? id
            : null;

    public static Guid RequireUserId(IResolverContext context) =>
        UserId(context) ?? throw new GraphQLException("Sign in first.", AccountErrorCodes.Unauthenticated);

    public static Session RequireSession(IResolverContext context)
    {
        var user = Principal(context);
        if (user?.FindFirstValue(SessionAuthenticationHandler.SessionIdClaim) is not { } sessionId
            || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            throw new GraphQLException("Sign in first.", AccountErrorCodes.Unauthenticated);
        }

        return new Session(sessionId, userId, user.FindFirstValue(ClaimTypes.Email) ?? "", user.FindFirstValue(ClaimTypes.Role) ?? "", default);
    }

    public static void RequireRole(IResolverContext context, string role)
    {
        var user = Principal(context) ?? throw new GraphQLException("Sign in first.", AccountErrorCodes.Unauthenticated);
        if (!user.IsInRole(role))
        {
            throw new GraphQLException($"Only the {role} role may do this.", AccountErrorCodes.Forbidden);
        }
    }
}
