using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Commerce.Accounts;

/// <summary>
/// Limits GraphQL requests per client (user id when signed in, else address). Over the limit the request gets
/// HTTP 429 with <c>Retry-After</c> and a GraphQL error body coded <c>RATE_LIMITED</c>; it never reaches the executor.
/// </summary>
public sealed class RequestRateLimitMiddleware(RequestDelegate next, TokenBucket buckets, AccountsKeys keys, AccountsOptions options, ILogger<RequestRateLimitMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (options.RequestsPerWindow <= 0 || !context.Request.Path.StartsWithSegments(options.GraphQLPath))
        {
            await next(context);
            return;
        }

        var limit = new BucketLimit(options.RequestsPerWindow, options.RequestWindow);
        TimeSpan wait;
        try
        {
            wait = await buckets.TakeAsync([(keys.Requests(ClientIdentity.RateLimitKey(context)), limit)], cost: 1, context.RequestAborted);
        }
        catch (Exception e) when (RedisGuard.IsUnavailable(e))
        {
            // Fail open: a Redis outage should not take the whole API down with it.
            logger.LogWarning(e, "Request rate limit unavailable; letting the request through");
            wait = TimeSpan.Zero;
        }

        if (wait <= TimeSpan.Zero)
        {
            await next(context);
            return;
        }

        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            errors = new[]
            {
                new
                {
                    message = $"Too many requests; try again in {seconds} s.",
                    extensions = new { code = AccountErrorCodes.RateLimited, retryAfterSeconds = seconds },
                },
            },
        }, cancellationToken: context.RequestAborted);
    }
}
