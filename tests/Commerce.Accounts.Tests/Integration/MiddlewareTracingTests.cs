using Commerce.Accounts.Tests.Infrastructure;
using Commerce.Drivers.Redis;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Accounts.Tests.Integration;

/// <summary>
/// With <c>UseGraphQLTracing()</c> before <c>UseAccounts()</c>, a traced request's <c>extensions.tracing</c> includes
/// the Redis round trips of the session lookup (authentication) and of the request rate limit, which run before the
/// GraphQL endpoint. Counted independently by the host's Redis multiplexer, which only this test class uses.
/// </summary>
public sealed class MiddlewareTracingTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    private const string Query = "{ whoAmI { authenticated userId } }";

    private long HostRedisWrites => host.Services.GetRequiredService<IConnectionMultiplexer>().RoundTripCount;

    private async Task<(GraphQLResponse Response, long Writes)> TracedAsync(string? token)
    {
        var before = HostRedisWrites;
        var response = await host.PostAsync(Query, token: token, trace: true);
        return (response, HostRedisWrites - before);
    }

    [Fact]
    public async Task A_traced_request_reports_the_redis_round_trips_of_the_session_lookup_and_the_rate_limit()
    {
        var email = AccountsHost.NewEmail();
        var userId = await host.RegisterAsync(email, "a perfectly fine password");
        var token = await host.TokenAsync(email, "a perfectly fine password");

        var (anonymous, anonymousWrites) = await TracedAsync(token: null);
        var (signedIn, signedInWrites) = await TracedAsync(token);

        Assert.False(anonymous.Ok().GetProperty("whoAmI").GetProperty("authenticated").GetBoolean());
        Assert.Equal(userId, signedIn.Ok().GetProperty("whoAmI").GetProperty("userId").GetString());

        // whoAmI itself touches no store: every Redis round trip here is the middleware's, and all are reported.
        Assert.Equal(anonymousWrites, anonymous.RoundTrips("redis"));
        Assert.Equal(signedInWrites, signedIn.RoundTrips("redis"));
        Assert.Equal(1, anonymous.RoundTrips("redis"));                              // the rate limit's EVALSHA
        Assert.Equal(1, signedIn.RoundTrips("redis") - anonymous.RoundTrips("redis")); // plus the session's GETEX
        Assert.Equal(signedIn.RoundTrips("redis"), signedIn.RoundTrips("total"));
    }

    [Fact]
    public async Task An_untraced_request_has_no_tracing_extension()
    {
        var response = await host.PostAsync(Query);

        Assert.False(response.Ok().GetProperty("whoAmI").GetProperty("authenticated").GetBoolean());
        Assert.False(response.Body.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("tracing", out _));
    }
}
