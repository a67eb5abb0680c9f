using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Commerce.Recommendations.Tests.Infrastructure;

/// <summary>
/// Stands in for the accounts module's sign-in: <c>X-Test-Role</c> gives the request's user a role,
/// <c>X-Test-Customer</c> a customer id (the name-identifier claim, as accounts issues it), and <c>X-Test-Session</c>
/// the session claim that marks a password session (accounts' <c>AccountContext.UserId</c> wants it, and a GUID id).
/// </summary>
public static class TestUsers
{
    public const string RoleHeader = "X-Test-Role";
    public const string CustomerHeader = "X-Test-Customer";
    public const string SessionHeader = "X-Test-Session";

    public static async Task Authenticate(HttpContext context, Func<Task> next)
    {
        var claims = new List<Claim>();
        if (context.Request.Headers.TryGetValue(RoleHeader, out var role) && role.ToString() is { Length: > 0 } roleName)
        {
            claims.Add(new Claim(ClaimTypes.Role, roleName));
        }

        if (context.Request.Headers.TryGetValue(CustomerHeader, out var customer) && customer.ToString() is { Length: > 0 } customerId)
        {
            claims.Add(new Claim(ClaimTypes.NameIdentifier, customerId));
        }

        if (context.Request.Headers.TryGetValue(SessionHeader, out var session) && session.ToString() is { Length: > 0 } sessionId)
        {
            claims.Add(new Claim(Commerce.Accounts.SessionAuthenticationHandler.SessionIdClaim, sessionId));
        }

        if (claims.Count > 0)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType: "test"));
        }

        await next();
    }
}
