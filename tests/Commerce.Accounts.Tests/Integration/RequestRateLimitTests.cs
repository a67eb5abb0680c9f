using System.Text.Json;
using Commerce.Accounts.Tests.Infrastructure;

namespace Commerce.Accounts.Tests.Integration;

public sealed class TightRequestLimitHost : AccountsHost
{
    public const int Limit = 6;

    protected override AccountsOptions Configure(AccountsOptions options) =>
        options with { RequestsPerWindow = Limit, RequestWindow = TimeSpan.FromMinutes(10), PasswordIterations = 10_000 };
}

public sealed class RequestRateLimitTests(TightRequestLimitHost host) : IClassFixture<TightRequestLimitHost>
{
    [Fact]
    public async Task Over_the_limit_the_answer_is_429_with_retry_after_and_a_rate_limited_error_and_users_have_their_own_bucket()
    {
        // Two of the anonymous budget go to signing up and in.
        var email = AccountsHost.NewEmail();
        await host.RegisterAsync(email, "a perfectly fine password");
        var token = await host.TokenAsync(email, "a perfectly fine password");

        for (var i = 2; i < TightRequestLimitHost.Limit; i++)
        {
            Assert.Equal(200, (await host.PostAsync("{ me { id } }")).Status);
        }

        var limited = await host.PostAsync("{ me { id } }");
        Assert.Equal(429, limited.Status);
        var retryAfter = Assert.Single(limited.Headers.GetValues("Retry-After"));
        Assert.True(int.Parse(retryAfter) > 0, retryAfter);
        Assert.Equal("RATE_LIMITED", limited.Code());
        Assert.False(limited.Body.TryGetProperty("data", out _));

        // Keyed by user id once signed in: the exhausted address budget does not apply to the user.
        var me = await host.PostAsync("{ me { email } }", token: token);
        Assert.Equal(200, me.Status);
        Assert.Equal(email, me.Ok().GetProperty("me").GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Object, me.Body.ValueKind);
    }
}
