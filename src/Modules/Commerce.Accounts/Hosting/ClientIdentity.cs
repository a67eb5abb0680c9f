using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Commerce.Accounts;

/// <summary>Who a request counts against: the signed-in user when there is one, else the client address.</summary>
public static class ClientIdentity
{
    /// <summary>The peer address; behind a proxy the host must run <c>UseForwardedHeaders</c> first.</summary>
    public static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static string RateLimitKey(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId ? "user-" + userId : "addr-" + Address(context);
}
