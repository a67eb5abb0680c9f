using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Accounts;

/// <summary>
/// Reads <c>Authorization: Bearer &lt;token&gt;</c>: a session token (sliding expiry refreshed on use) or a
/// marketing API key. An unknown, expired or malformed token leaves the request anonymous rather than failing
/// it, so public fields keep working; resolvers that need a user say UNAUTHENTICATED.
/// </summary>
public sealed class SessionAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    SessionStore sessions,
    ApiKeyService apiKeys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    public const string SchemeName = "CommerceSession";
    public const string SessionIdClaim = "sid";
    public const string ApiKeyIdClaim = "api_key_id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        try
        {
            return await AuthenticateBearerAsync();
        }
        catch (Exception e) when (RedisGuard.IsUnavailable(e) || e is Npgsql.NpgsqlException)
        {
            // A store outage makes the request anonymous rather than failing it: public fields keep working.
            Logger.LogWarning(e, "Could not check the bearer token; treating the request as anonymous");
            return AuthenticateResult.NoResult();
        }
    }

    private async Task<AuthenticateResult> AuthenticateBearerAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        if (token.Length is 0 or > 256)
        {
            return AuthenticateResult.NoResult();
        }

        if (ApiKeyService.LooksLikeKey(token))
        {
            var key = await apiKeys.FindAsync(token, Context.RequestAborted);
            return key is null ? AuthenticateResult.NoResult() : Success(
            [
                new Claim(ClaimTypes.NameIdentifier, "api-key-" + key.Id.ToString("N")),
                new Claim(ClaimTypes.Name, key.Name),
                new Claim(ClaimTypes.Role, key.Role),
                new Claim(ApiKeyIdClaim, key.Id.ToString()),
            ]);
        }

        var session = await sessions.TouchAsync(token, Context.RequestAborted);
        return session is null ? AuthenticateResult.NoResult() : Success(
        [
            new Claim(ClaimTypes.NameIdentifier, session.UserId.ToString()),
            new Claim(ClaimTypes.Email, session.Email),
            new Claim(ClaimTypes.Role, session.Role),
            new Claim(SessionIdClaim, session.Id),
        ]);
    }

    private static AuthenticateResult Success(Claim[] claims)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
