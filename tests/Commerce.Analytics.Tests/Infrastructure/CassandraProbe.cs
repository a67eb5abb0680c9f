using Commerce.Drivers.Cql;

namespace Commerce.Analytics.Tests.Infrastructure;

/// <summary>The test's own Cassandra session: where expected values come from, independent of the module's reader.</summary>
public sealed class CassandraProbe(string keyspace) : IAsyncDisposable
{
    private Cluster? _cluster;

    public ISession Session { get; private set; } = null!;

    public string Keyspace { get; } = keyspace;

    public static async Task<CassandraProbe> ConnectAsync(string keyspace)
    {
        await Servers.EnsureCassandraAsync();
        var probe = new CassandraProbe(keyspace);
        probe._cluster = Cluster.Builder().WithConnectionString(Servers.Cassandra).Build();
        probe.Session = await probe._cluster.ConnectAsync();
        return probe;
    }

    public async Task<List<Row>> RowsAsync(string cql, params object?[] values)
    {
        var rows = await Session.ExecuteAsync(new SimpleStatement(cql.Replace("{ks}", Keyspace), values));
        return await rows.ToListAsync();
    }

    /// <summary>The counters of one row, 0 for a missing row or column.</summary>
    public async Task<(long Views, long Adds, long Purchases, long RevenueCents)> CountersAsync(string table, string where, params object?[] values)
    {
        var rows = await RowsAsync($"SELECT views, adds_to_cart, purchases, revenue_cents FROM {{ks}}.{table} WHERE {where}", values);
        if (rows.Count == 0)
        {
            return (0, 0, 0, 0);
        }

        long Read(string name) => rows[0].IsNull(name) ? 0 : rows[0].GetValue<long>(name);
        return (Read("views"), Read("adds_to_cart"), Read("purchases"), Read("revenue_cents"));
    }

    /// <summary>Adds to counters directly, as test data the module's reader must find.</summary>
    public Task AddCountersAsync(string productId, DateOnly day, long views, long adds, long purchases, long revenueCents)
    {
        var key = day.ToString("yyyy-MM-dd");
        var month = day.ToString("yyyy-MM");
        const string set = "SET views = views + ?, adds_to_cart = adds_to_cart + ?, purchases = purchases + ?, revenue_cents = revenue_cents + ?";
        return Task.WhenAll(
            Session.ExecuteAsync(new SimpleStatement($"UPDATE {Keyspace}.product_daily_counters {set} WHERE product_id = ? AND day = ?", views, adds, purchases, revenueCents, productId, key)),
            Session.ExecuteAsync(new SimpleStatement($"UPDATE {Keyspace}.daily_product_counters {set} WHERE day = ? AND product_id = ?", views, adds, purchases, revenueCents, key, productId)),
            Session.ExecuteAsync(new SimpleStatement($"UPDATE {Keyspace}.daily_totals {set} WHERE month = ? AND day = ?", views, adds, purchases, revenueCents, month, key)));
    }

    public async Task DropKeyspaceAsync() => await Session.ExecuteAsync($"DROP KEYSPACE IF EXISTS {Keyspace}");

    public async ValueTask DisposeAsync()
    {
        if (Session is not null)
        {
            await Session.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
