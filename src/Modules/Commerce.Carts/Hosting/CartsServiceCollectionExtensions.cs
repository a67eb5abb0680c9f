using Commerce.Accounts;
using Commerce.Carts;
using Commerce.Drivers.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class CartsServiceCollectionExtensions
{
    /// <summary>Carts in Redis (<c>ConnectionStrings:Redis</c>); needs <c>AddAccounts</c> and <c>AddCatalog</c> too.</summary>
    public static IServiceCollection AddCarts(this IServiceCollection services, IConfiguration configuration) =>
        services.AddCarts(new CartsOptions(), configuration.GetConnectionString("Redis") ?? AccountsOptions.DefaultRedis);

    public static IServiceCollection AddCarts(this IServiceCollection services, CartsOptions options, string redisConfiguration = AccountsOptions.DefaultRedis)
    {
        services.TryAddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        // Connects in the background: Redis down at start-up fails only the fields that need it.
        services.TryAddSingleton(_ => ConnectionMultiplexer.Connect(redisConfiguration));
        services.TryAddSingleton<CartKeys>();
        services.TryAddSingleton<CartStore>();
        services.TryAddSingleton<ICartReader>(sp => sp.GetRequiredService<CartStore>());
        services.TryAddSingleton<CartLineNotifier>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoginListener, GuestCartMerger>());
        return services;
    }
}
