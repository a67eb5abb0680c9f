using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Commerce.Orders;

/// <summary>Contexts on the module's data source, with the model built (and cached) per schema.</summary>
public sealed class OrdersDbContextFactory : IDbContextFactory<OrdersDbContext>
{
    private readonly DbContextOptions<OrdersDbContext> _options;
    private readonly string _schema;

    public OrdersDbContextFactory(OrdersDatabase database)
    {
        _schema = database.Schema;
        _options = new DbContextOptionsBuilder<OrdersDbContext>()
            .UseNpgsql(database.DataSource)
            .ReplaceService<IModelCacheKeyFactory, SchemaModelCacheKeyFactory>()
            .Options;
    }

    public OrdersDbContext CreateDbContext() => new(_options, _schema);

    // EF caches one model per context type by default; two schemas in one process need two models.
    private sealed class SchemaModelCacheKeyFactory : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) => (context.GetType(), ((OrdersDbContext)context).Schema, designTime);
    }
}
