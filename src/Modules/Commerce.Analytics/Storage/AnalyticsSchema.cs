namespace Commerce.Analytics;

/// <summary>
/// The tables, one per query (Cassandra-style, denormalised at ingestion):
/// <list type="bullet">
/// <item><c>events_by_product_day</c>, <c>events_by_customer_day</c>: raw events, newest first, with a TTL.</item>
/// <item><c>product_daily_counters</c>: one partition per product, a row per day (productStats, Product.stats).</item>
/// <item><c>daily_product_counters</c>: one partition per day, a row per product (topProducts sorts it; 2.1 has no GROUP BY).</item>
/// <item><c>daily_totals</c>: one partition per month, a row per day (funnel, revenueByDay).</item>
/// <item><c>orders_counted</c>: one row per order, written with IF NOT EXISTS so a redelivered order counts once.</item>
/// </list>
/// </summary>
public static class AnalyticsSchema
{
    public const string EventsByProductDay = "events_by_product_day";
    public const string EventsByCustomerDay = "events_by_customer_day";
    public const string ProductDailyCounters = "product_daily_counters";
    public const string DailyProductCounters = "daily_product_counters";
    public const string DailyTotals = "daily_totals";
    public const string OrdersCounted = "orders_counted";

    private const string CounterColumns = "views counter, adds_to_cart counter, purchases counter, revenue_cents counter";

    public static IReadOnlyList<string> Statements(string keyspace, int replicationFactor) =>
    [
        $"CREATE KEYSPACE IF NOT EXISTS {keyspace} WITH replication = {{'class': 'SimpleStrategy', 'replication_factor': {replicationFactor}}}",
        $"""
        CREATE TABLE IF NOT EXISTS {keyspace}.{EventsByProductDay} (
          product_id text, day text, event_id timeuuid, kind text, customer_id text, session_id text,
          order_id text, quantity int, amount_cents bigint,
          PRIMARY KEY ((product_id, day), event_id)) WITH CLUSTERING ORDER BY (event_id DESC)
        """,
        $"""
        CREATE TABLE IF NOT EXISTS {keyspace}.{EventsByCustomerDay} (
          customer_id text, day text, event_id timeuuid, kind text, product_id text, session_id text,
          order_id text, quantity int, amount_cents bigint,
          PRIMARY KEY ((customer_id, day), event_id)) WITH CLUSTERING ORDER BY (event_id DESC)
        """,
        $"CREATE TABLE IF NOT EXISTS {keyspace}.{ProductDailyCounters} (product_id text, day text, {CounterColumns}, PRIMARY KEY ((product_id), day))",
        $"CREATE TABLE IF NOT EXISTS {keyspace}.{DailyProductCounters} (day text, product_id text, {CounterColumns}, PRIMARY KEY ((day), product_id))",
        $"CREATE TABLE IF NOT EXISTS {keyspace}.{DailyTotals} (month text, day text, {CounterColumns}, PRIMARY KEY ((month), day))",
        $"CREATE TABLE IF NOT EXISTS {keyspace}.{OrdersCounted} (order_id text PRIMARY KEY, customer_id text, placed_at timestamp, line_count int, total_cents bigint)",
    ];
}
