using Commerce.Catalog;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class CatalogServiceCollectionExtensions
{
    /// <summary>
    /// The catalog's services: its MongoDB database (<c>ConnectionStrings:Mongo</c>, database from the connection
    /// string, default <c>commerce</c>), the search, the writer, the seeder, the
    /// notifier of <see cref="IProductViewListener"/>s, and index creation at start-up.
    /// </summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services, IConfiguration configuration) =>
        services.AddCatalog(new CatalogOptions
        {
            ConnectionString = configuration.GetConnectionString("Mongo") ?? CatalogOptions.DefaultConnectionString,
            DatabaseName = configuration["Catalog:Database"],
        });

    public static IServiceCollection AddCatalog(this IServiceCollection services, CatalogOptions options)
    {
        services.TryAddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CatalogDatabase>();
        services.TryAddSingleton<CatalogIndexes>();
        services.TryAddSingleton<CatalogSeeder>();
        services.TryAddSingleton<ProductSearch>();
        services.TryAddSingleton<ProductWriter>();
        services.TryAddSingleton<CategoryTree>();
        services.TryAddSingleton<ProductViewNotifier>();
        services.AddHostedService<CatalogIndexInitializer>();
        return services;
    }
}
