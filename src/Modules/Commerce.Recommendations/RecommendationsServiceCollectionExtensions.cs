using Commerce.Catalog;
using Commerce.Orders;
using Commerce.Recommendations;
using Commerce.Recommendations.Feeding;
using Commerce.Recommendations.Graph;
using Commerce.Recommendations.Queries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class RecommendationsServiceCollectionExtensions
{
    /// <summary>
    /// The recommendation graph (<c>ConnectionStrings:Neo4j</c>), its feed (orders, views, catalog sync), the
    /// catalog's view listener with its queue and flusher (unless <c>Recommendations:RecordViews</c> is false), the
    /// rebuilder, the readers, and the constraints at start-up. Needs the catalog's services (<c>AddCatalog</c>) for
    /// the rebuild and the product loader, and the orders module's (<c>AddOrders</c>) for the order history the
    /// rebuild replays (<see cref="OrderHistoryFromOrders"/>).
    /// </summary>
    public static IServiceCollection AddRecommendations(this IServiceCollection services, IConfiguration configuration) =>
        services.AddRecommendations(new RecommendationsOptions
        {
            ConnectionString = configuration.GetConnectionString("Neo4j") ?? RecommendationsOptions.DefaultConnectionString,
            RecordViews = configuration.GetSection("Recommendations").GetValue<bool?>("RecordViews") ?? true,
        });

    public static IServiceCollection AddRecommendations(this IServiceCollection services, RecommendationsOptions options)
    {
        services.TryAddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RecommendationsGraph>();
        services.TryAddSingleton<GraphConstraints>();
        services.TryAddSingleton<RecommendationsFeed>();
        services.TryAddSingleton<RecommendationsRebuilder>();
        services.TryAddSingleton<OrderHistoryReader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOrderHistory, OrderHistoryFromOrders>());
        services.TryAddSingleton<RecommendationReader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxHandler, RecommendationsOutboxHandler>());
        services.TryAddSingleton<ViewQueue>();
        services.TryAddSingleton<ViewFlusher>();
        if (options.RecordViews)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IProductViewListener, ViewQueue>(sp => sp.GetRequiredService<ViewQueue>()));
        }

        services.AddHostedService<GraphConstraintsInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<ViewFlusher>());
        return services;
    }
}
