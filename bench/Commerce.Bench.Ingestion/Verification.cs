using Commerce.Analytics;
using Commerce.Drivers.Cql;

namespace Commerce.Bench.Ingestion;

/// <summary>Reads Cassandra with a session of its own and compares every product's rows and counters with the plan.</summary>
public static class Verification
{
    public static async Task<List<string>> CheckAsync(string connectionString, string keyspace, LoadPlan plan, IngestionStatistics stats)
    {
        var problems = new List<string>();
        if (stats.DroppedViews + stats.Failed > 0)
        {
            problems.Add($"dropped {stats.DroppedViews}, failed {stats.Failed}");
        }

        if (stats.OrdersCounted != plan.Settings.Orders || stats.OrdersRepeated != plan.Settings.Orders)
        {
            problems.Add($"orders counted {stats.OrdersCounted}, repeated {stats.OrdersRepeated}; expected {plan.Settings.Orders} each");
        }

        var expected = new Dictionary<string, (long Views, long Adds, long Purchases, long Cents)>();
        void Add(string product, long views, long adds, long purchases, long cents)
        {
            var e = expected.GetValueOrDefault(product);
            expected[product] = (e.Views + views, e.Adds + adds, e.Purchases + purchases, e.Cents + cents);
        }

        for (var i = 0; i < plan.Settings.ViewsAndAdds; i++)
        {
            Add(plan.Product(i), LoadPlan.IsAdd(i) ? 0 : 1, LoadPlan.IsAdd(i) ? 1 : 0, 0, 0);
        }

        for (var o = 0; o < plan.Settings.Orders; o++)
        {
            foreach (var line in plan.Order(o).Lines)
            {
                Add(line.ProductId, 0, 0, 1, Cents.From(line.LineTotal));
            }
        }

        await using var cluster = Cluster.Builder().WithConnectionString(connectionString).Build();
        await using var session = await cluster.ConnectAsync();
        foreach (var (product, want) in expected)
        {
            var counted = (await session.ExecuteAsync(new SimpleStatement(
                $"SELECT count(*) FROM {keyspace}.events_by_product_day WHERE product_id = ? AND day = ?", product, plan.Day))).CurrentPage[0].GetValue<long>(0);
            if (counted != want.Views + want.Adds + want.Purchases)
            {
                problems.Add($"{product}: {counted} raw events, expected {want.Views + want.Adds + want.Purchases}");
            }

            var row = (await session.ExecuteAsync(new SimpleStatement(
                $"SELECT views, adds_to_cart, purchases, revenue_cents FROM {keyspace}.product_daily_counters WHERE product_id = ? AND day = ?", product, plan.Day))).CurrentPage[0];
            var got = (row.GetValue<long>(0), row.GetValue<long>(1), row.GetValue<long>(2), row.GetValue<long>(3));
            if (got != want)
            {
                problems.Add($"{product}: counters {got}, expected {want}");
            }
        }

        return problems;
    }
}
