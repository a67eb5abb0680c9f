using Microsoft.Extensions.Logging.Console;

namespace Commerce.Gateway.Logging;

public static class GatewayLogging
{
    /// <summary>One JSON object a line on stdout, with scopes (each request's TraceId) and UTC timestamps.</summary>
    public static ILoggingBuilder AddGatewayConsole(this ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.ClearProviders();
        logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            options.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Indented = false };
        });
        logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        return logging;
    }
}
