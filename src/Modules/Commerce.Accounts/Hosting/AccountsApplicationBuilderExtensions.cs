using Commerce.Accounts;

namespace Microsoft.AspNetCore.Builder;

public static class AccountsApplicationBuilderExtensions
{
    /// <summary>Authentication (bearer sessions and API keys) then the per-client request limit; call before <c>MapGraphQL</c>.</summary>
    public static IApplicationBuilder UseAccounts(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseMiddleware<RequestRateLimitMiddleware>();
        return app;
    }
}
