using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Commerce.Analytics.Tests.Infrastructure;

/// <summary>
/// Stands in for login: the header <c>X-Test-Role</c> makes the request's user a signed-in user with that role;
/// <c>X-Test-User</c> (a GUID) adds the user id and a session claim, as the accounts module's password sessions carry.
/// </summary>
public static class TestRoles
{
    public const string Header = "X-Test-Role";
    public const string UserHeader = "X-Test-User";

    public static async Task Authenticate(HttpContext context, Func<Task> next)
    {
        if (context.Request.Headers.TryGetValue(Header, out var role) && role.ToString() is { Length: > 0 } name)
        {
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "test-" + name), new Claim(ClaimTypes.Role, name)], authenticationType: "test");
            if (context.Request.Headers.TryGetValue(UserHeader, out var user) && user.ToString() is { Length: > 0 } userId)
            {
                identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, userId));
                identity.AddClaim(new Claim(Commerce.Accounts.SessionAuthenticationHandler.SessionIdClaim, "session-of-" + userId));
            }

            context.User = new ClaimsPrincipal(identity);
        }

        await next();
    }
}
