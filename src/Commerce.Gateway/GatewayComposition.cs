using Commerce.Gateway.Configuration;
using Commerce.Gateway.Health;
using Commerce.Gateway.Logging;
using Commerce.GraphQL.AspNetCore;

namespace Commerce.Gateway;

/// <summary>
/// The whole composition in one place: configuration, limits, logging, the GraphQL server with every module's
/// types, health checks. The web host and the <c>schema export</c> verb build the same services from here, so the
/// exported schema is the served one.
/// </summary>
public static class GatewayComposition
{
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(GatewayLimits.Section).Get<GatewayLimits>() ?? new GatewayLimits();

        builder.Logging.AddGatewayConsole(builder.Configuration);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;
            kestrel.Limits.MaxConcurrentConnections = limits.MaxConcurrentConnections;
            kestrel.Limits.MaxConcurrentUpgradedConnections = limits.MaxConcurrentWebSockets;
            kestrel.Limits.MaxRequestHeadersTotalSize = limits.MaxRequestHeadersBytes;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(limits.RequestHeadersTimeoutSeconds);
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(limits.KeepAliveTimeoutSeconds);
        });

        // On SIGTERM Kestrel stops accepting, lets in-flight requests finish within this time, then aborts the rest.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(limits.ShutdownTimeoutSeconds));
        builder.Services.AddGatewayServices(builder.Configuration);
        return builder;
    }

    /// <summary>Everything but the web host: what <c>schema export</c> needs too.</summary>
    public static IServiceCollection AddGatewayServices(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(GatewayLimits.Section).Get<GatewayLimits>() ?? new GatewayLimits();
        services.AddSingleton(limits);
        services.AddGraphQLServer()
            .ModifyServerOptions(options =>
            {
                configuration.GetSection("GraphQL").Bind(options);
                options.MaxRequestBodySize = Math.Min(options.MaxRequestBodySize, limits.MaxRequestBodyBytes);
            })
            .ConfigureSchema(GatewaySchema.Configure)
            .AddCatalogTypes()
            .AddAccountsTypes()
            .AddCartsTypes()
            .AddOrdersTypes()
            .AddRecommendationsTypes()
            .AddAnalyticsTypes();
        services.AddCatalog(configuration);
        services.AddAccounts(configuration);
        services.AddCarts(configuration);
        services.AddOrders(configuration);
        services.AddRecommendations(configuration);
        services.AddAnalytics(configuration);
        services.AddStoreHealthChecks(configuration);
        return services;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseMiddleware<TraceIdMiddleware>();
        // Before accounts, so the session lookup and rate-limit round trips are in the request's trace.
        app.UseGraphQLTracing();
        app.UseAccounts();
        app.MapGraphQL("/graphql");
        app.MapHealthEndpoints();
        return app;
    }
}
