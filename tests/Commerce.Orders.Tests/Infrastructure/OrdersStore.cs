using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Commerce.Orders.Tests.Infrastructure;

/// <summary>
/// One test class's orders schema on the real PostgreSQL (a unique schema, dropped afterwards), migrated, with the
/// module's services; <see cref="Sql"/> is the test's own connection for independent checks.
/// </summary>
public class OrdersStore : IAsyncLifetime
{
    private ServiceProvider? _services;

    public string Schema { get; } = "orders_test_" + Guid.NewGuid().ToString("N")[..12];

    public IServiceProvider Services => _services!;

    public NpgsqlDataSource Sql { get; private set; } = null!;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    protected virtual void Configure(IServiceCollection services)
    {
    }

    public virtual async Task InitializeAsync()
    {
        Sql = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(Servers.Postgres) { SearchPath = Schema }.ConnectionString);
        try
        {
            await using var ping = Sql.CreateCommand("SELECT 1");
            await ping.ExecuteScalarAsync();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw Servers.Unreachable("PostgreSQL at " + Servers.Postgres, e);
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOrders(new OrdersOptions { ConnectionString = Servers.Postgres, Schema = Schema, RunOutboxDispatcher = false });
        Configure(services);
        _services = services.BuildServiceProvider();
        await Get<OrdersMigrator>().MigrateAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var command = Sql.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public Task<long> CountAsync(string table) => ScalarAsync<long>($"SELECT count(*) FROM {table}");

    /// <summary>A stock level written directly, without the ledger (the starting point of a test).</summary>
    public async Task PutStockAsync(string sku, int quantity)
    {
        await using var command = Sql.CreateCommand("INSERT INTO stock_levels (sku, quantity, updated_at) VALUES ($1, $2, now()) ON CONFLICT (sku) DO UPDATE SET quantity = EXCLUDED.quantity");
        command.Parameters.Add(new NpgsqlParameter { Value = sku });
        command.Parameters.Add(new NpgsqlParameter { Value = quantity });
        await command.ExecuteNonQueryAsync();
    }

    public async Task<int> StockAsync(string sku) => await ScalarAsync<int>("SELECT quantity FROM stock_levels WHERE sku = $1", sku);

    public virtual async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        try
        {
            await using var drop = Sql.CreateCommand($"DROP SCHEMA IF EXISTS \"{Schema}\" CASCADE");
            await drop.ExecuteNonQueryAsync();
        }
        finally
        {
            await Sql.DisposeAsync();
        }
    }
}
