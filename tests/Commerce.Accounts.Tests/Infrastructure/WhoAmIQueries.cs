using System.Security.Claims;
using Commerce.GraphQL;
using Commerce.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Commerce.Accounts.Tests.Infrastructure;

/// <summary>A test-only window on the request's ClaimsPrincipal as the authentication handler left it.</summary>
public sealed record WhoAmI(bool Authenticated, string? UserId, string? Email, bool IsCustomer, bool IsAdmin, bool IsMarketing);

[QueryType]
public sealed class WhoAmIQueries
{
    public WhoAmI WhoAmI(IResolverContext context)
    {
        var user = ((HttpContext)context.ContextData["HttpContext"]!).User;
        return new WhoAmI(
            user.Identity?.IsAuthenticated == true,
            user.FindFirstValue(ClaimTypes.NameIdentifier),
            user.FindFirstValue(ClaimTypes.Email),
            user.IsInRole("customer"),
            user.IsInRole("admin"),
            user.IsInRole("marketing"));
    }
}
