using Commerce.Accounts;

namespace Microsoft.AspNetCore.Builder;

public static class AccountsApplicationBuilderExtensions
{
    /// <summary>
    /// Authentication (bearer sessions and API keys) then the per-client request limit; call before <c>MapGraphQL</c>,
    /// and after <c>UseGraphQLTracing</c> for traced requests to count the Redis round trips these make.
    /// </summary>
    public static IApplicationBuilder UseAccounts(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseMiddleware<RequestRateLimitMiddleware>();
        return app;
    }
}
