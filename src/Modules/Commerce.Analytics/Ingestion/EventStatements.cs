namespace Commerce.Analytics;

/// <summary>The CQL of ingestion; each is prepared once per session by the driver's cache.</summary>
internal sealed class EventStatements(AnalyticsStore store)
{
    private const string EventColumns = "event_id, kind, session_id, order_id, quantity, amount_cents";
    private const string CounterSet = "SET views = views + ?, adds_to_cart = adds_to_cart + ?, purchases = purchases + ?, revenue_cents = revenue_cents + ?";

    public string InsertByProduct { get; } =
        $"INSERT INTO {store.Table(AnalyticsSchema.EventsByProductDay)} (product_id, day, customer_id, {EventColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) USING TTL ?";

    public string InsertByCustomer { get; } =
        $"INSERT INTO {store.Table(AnalyticsSchema.EventsByCustomerDay)} (customer_id, day, product_id, {EventColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) USING TTL ?";

    public string ProductCounters { get; } = $"UPDATE {store.Table(AnalyticsSchema.ProductDailyCounters)} {CounterSet} WHERE product_id = ? AND day = ?";

    public string DayCounters { get; } = $"UPDATE {store.Table(AnalyticsSchema.DailyProductCounters)} {CounterSet} WHERE day = ? AND product_id = ?";

    public string TotalCounters { get; } = $"UPDATE {store.Table(AnalyticsSchema.DailyTotals)} {CounterSet} WHERE month = ? AND day = ?";

    public string ClaimOrder { get; } =
        $"INSERT INTO {store.Table(AnalyticsSchema.OrdersCounted)} (order_id, customer_id, placed_at, line_count, total_cents) VALUES (?, ?, ?, ?, ?) IF NOT EXISTS";
}
