using Commerce.Analytics;
using Commerce.Carts;
using Commerce.Catalog;
using Commerce.Orders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class AnalyticsServiceCollectionExtensions
{
    /// <summary>
    /// Analytics on Cassandra (<c>ConnectionStrings:Cassandra</c>; <c>Analytics:Keyspace</c>,
    /// <c>Analytics:EventTtlDays</c>, <c>Analytics:QueueCapacity</c>, <c>Analytics:ViewQueueCapacity</c>,
    /// <c>Analytics:RecordRequests</c>): the store, the ingestion queues, the order handler (an <c>IOutboxHandler</c> of
    /// the orders module, fed OrderPlaced), the catalog's view listener and the carts' listener (unless RecordRequests
    /// is false), the readers, and the flusher as a hosted service.
    /// </summary>
    public static IServiceCollection AddAnalytics(this IServiceCollection services, IConfiguration configuration)
    {
        var defaults = new AnalyticsOptions();
        var section = configuration.GetSection("Analytics");
        return services.AddAnalytics(new AnalyticsOptions
        {
            ConnectionString = configuration.GetConnectionString("Cassandra") ?? AnalyticsOptions.DefaultConnectionString,
            Keyspace = section["Keyspace"] ?? defaults.Keyspace,
            EventTimeToLive = section.GetValue<int?>("EventTtlDays") is { } days ? TimeSpan.FromDays(days) : defaults.EventTimeToLive,
            QueueCapacity = section.GetValue<int?>("QueueCapacity") ?? defaults.QueueCapacity,
            ViewQueueCapacity = section.GetValue<int?>("ViewQueueCapacity") ?? defaults.ViewQueueCapacity,
            RecordRequests = section.GetValue<bool?>("RecordRequests") ?? defaults.RecordRequests,
        });
    }

    public static IServiceCollection AddAnalytics(this IServiceCollection services, AnalyticsOptions options)
    {
        services.TryAddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AnalyticsStore>();
        services.TryAddSingleton<AnalyticsIngestion>();
        services.TryAddSingleton<AnalyticsFlusher>();
        services.TryAddSingleton<AnalyticsOrderHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxHandler, AnalyticsOrderHandler>(sp => sp.GetRequiredService<AnalyticsOrderHandler>()));
        services.TryAddSingleton<AnalyticsReader>();
        if (options.RecordRequests)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IProductViewListener, ProductViewRecorder>());
            services.TryAddEnumerable(ServiceDescriptor.Singleton<ICartListener, CartAdditionRecorder>());
        }

        services.AddHostedService(sp => sp.GetRequiredService<AnalyticsFlusher>());
        return services;
    }
}
