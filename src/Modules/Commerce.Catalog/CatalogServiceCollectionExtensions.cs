using Commerce.Catalog;
using Commerce.Drivers.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class CatalogServiceCollectionExtensions
{
    /// <summary>
    /// The catalog's services: its MongoDB database (<c>ConnectionStrings:Mongo</c>, database from the connection
    /// string, default <c>commerce</c>), the search, the writer, the seeder, the notifier of
    /// <see cref="IProductViewListener"/>s, index creation at start-up, and the product cache in Redis
    /// (<c>ConnectionStrings:Redis</c>; <c>Catalog:Cache:Enabled</c>, default true; <c>Catalog:Cache:TtlSeconds</c>,
    /// default 60; <c>Catalog:Cache:KeyPrefix</c>, default <c>commerce</c>).
    /// </summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        var cache = configuration.GetSection("Catalog:Cache");
        var defaults = new CatalogCacheOptions();
        return services.AddCatalog(new CatalogOptions
        {
            ConnectionString = configuration.GetConnectionString("Mongo") ?? CatalogOptions.DefaultConnectionString,
            DatabaseName = configuration["Catalog:Database"],
            Cache = !cache.GetValue("Enabled", true) ? null : new CatalogCacheOptions
            {
                RedisConfiguration = configuration.GetConnectionString("Redis") ?? CatalogCacheOptions.DefaultRedis,
                KeyPrefix = cache["KeyPrefix"] ?? defaults.KeyPrefix,
                Ttl = TimeSpan.FromSeconds(cache.GetValue("TtlSeconds", defaults.Ttl.TotalSeconds)),
            },
        });
    }

    public static IServiceCollection AddCatalog(this IServiceCollection services, CatalogOptions options)
    {
        services.TryAddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CatalogDatabase>();
        services.TryAddSingleton<CatalogIndexes>();
        services.TryAddSingleton<CatalogSeeder>();
        services.TryAddSingleton<ProductSearch>();
        services.TryAddSingleton<ProductReader>();
        services.TryAddSingleton<ProductWriter>();
        services.TryAddSingleton<CategoryTree>();
        services.TryAddSingleton<ProductViewNotifier>();
        services.AddHostedService<CatalogIndexInitializer>();
        if (options.Cache is { } cache)
        {
            services.TryAddSingleton(cache);
            // The process's one multiplexer: whichever module registers first (accounts, carts, catalog) creates it.
            // It connects in the background, so Redis down at start-up only means cache misses.
            services.TryAddSingleton(_ => ConnectionMultiplexer.Connect(cache.RedisConfiguration));
            services.TryAddSingleton<ProductCacheKeys>();
            services.TryAddSingleton<ProductCache>();
        }

        return services;
    }
}
