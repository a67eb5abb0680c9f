using System.Diagnostics;

namespace Commerce.Gateway.Logging;

/// <summary>
/// Gives every request a trace id (the W3C trace id of its Activity when there is one, else ASP.NET's request id),
/// puts it on every log line of the request through a logging scope, returns it in <c>X-Trace-Id</c> so a client
/// reporting a problem can name the log lines that belong to it, and writes one access-log line per request.
/// </summary>
public sealed class TraceIdMiddleware(RequestDelegate next, ILogger<TraceIdMiddleware> logger)
{
    public const string HeaderName = "X-Trace-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var traceId = Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
        context.TraceIdentifier = traceId;
        context.Response.Headers[HeaderName] = traceId;
        using (logger.BeginScope("TraceId:{TraceId}", traceId))
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                logger.LogInformation(
                    "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs} ms",
                    context.Request.Method,
                    context.Request.Path.Value,
                    context.Response.StatusCode,
                    Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1));
            }
        }
    }
}
