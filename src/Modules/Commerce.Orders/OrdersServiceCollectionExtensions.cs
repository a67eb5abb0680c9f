using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Commerce.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class OrdersServiceCollectionExtensions
{
    /// <summary>
    /// The orders module: PostgreSQL (<c>ConnectionStrings:Postgres</c>, schema <c>Orders:Schema</c>, default
    /// <c>orders</c>) migrated at start-up, checkout, payments (the test gateway unless an <see cref="IPaymentGateway"/>
    /// is registered first), stock, and the outbox dispatcher delivering to every registered <see cref="IOutboxHandler"/>.
    /// </summary>
    public static IServiceCollection AddOrders(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new OrdersOptions { ConnectionString = configuration.GetConnectionString("Postgres") ?? OrdersOptions.DefaultConnectionString };
        if (configuration["Orders:Schema"] is { Length: > 0 } schema)
        {
            options.Schema = schema;
        }

        return services.AddOrders(options);
    }

    public static IServiceCollection AddOrders(this IServiceCollection services, OrdersOptions options)
    {
        services.TryAddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OrdersDatabase>();
        services.TryAddSingleton<IDbContextFactory<OrdersDbContext>, OrdersDbContextFactory>();
        services.TryAddSingleton<OrdersMigrator>();
        services.TryAddSingleton<IPaymentGateway, TestPaymentGateway>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxWriter>();
        services.TryAddSingleton<OrderPlacement>();
        services.TryAddSingleton<CheckoutService>();
        services.TryAddSingleton<PaymentOperations>();
        services.TryAddSingleton<OrderCancellation>();
        services.TryAddSingleton<StockOperations>();
        services.TryAddSingleton<StockSeeder>();
        services.TryAddSingleton<OrderQueries>();
        services.TryAddSingleton<OrderHistoryReader>();
        services.TryAddSingleton<OutboxDispatcher>();
        // AddSingleton, not AddHostedService: that one keeps a single registration per implementation type.
        services.AddSingleton<IHostedService>(provider => new Commerce.Accounts.PostgresStartupRetry(
            "orders", provider.GetRequiredService<OrdersMigrator>().MigrateAsync, provider.GetRequiredService<ILogger<Commerce.Accounts.PostgresStartupRetry>>()));
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
