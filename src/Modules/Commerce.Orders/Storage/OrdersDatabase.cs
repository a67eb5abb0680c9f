using Npgsql;

namespace Commerce.Orders;

/// <summary>The module's PostgreSQL connections: one pooled data source whose search path is the module's schema.</summary>
public sealed class OrdersDatabase : IAsyncDisposable
{
    public OrdersDatabase(OrdersOptions options)
    {
        Schema = options.Schema;
        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString) { SearchPath = options.Schema };
        DataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public string Schema { get; }

    public NpgsqlDataSource DataSource { get; }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
