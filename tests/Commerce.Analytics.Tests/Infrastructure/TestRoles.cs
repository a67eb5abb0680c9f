using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Commerce.Analytics.Tests.Infrastructure;

/// <summary>
/// Stands in for login (the accounts module's, not merged yet): the header <c>X-Test-Role</c> makes the request's
/// user a signed-in user with that role.
/// </summary>
public static class TestRoles
{
    public const string Header = "X-Test-Role";

    public static async Task Authenticate(HttpContext context, Func<Task> next)
    {
        if (context.Request.Headers.TryGetValue(Header, out var role) && role.ToString() is { Length: > 0 } name)
        {
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "test-" + name), new Claim(ClaimTypes.Role, name)], authenticationType: "test");
            context.User = new ClaimsPrincipal(identity);
        }

        await next();
    }
}
