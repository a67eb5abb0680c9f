using Commerce.Drivers.Cql;

namespace Commerce.Analytics;

/// <summary>The reads behind the analytics queries, one CQL query each (days are text, so day ranges are clustering ranges).</summary>
public sealed class AnalyticsReader(AnalyticsStore store)
{
    private const string Counters = "views, adds_to_cart, purchases, revenue_cents";

    /// <summary>Each product's counters for every day of the range, zeros where nothing happened: ONE query for all products.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DayCounters>>> ProductDaysAsync(
        IReadOnlyCollection<string> productIds, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var ids = productIds.Distinct(StringComparer.Ordinal).ToList();
        var markers = string.Join(", ", ids.Select(_ => "?"));
        var statement = await store.PrepareAsync(
            $"SELECT product_id, day, {Counters} FROM {store.Table(AnalyticsSchema.ProductDailyCounters)} WHERE product_id IN ({markers}) AND day >= ? AND day <= ?",
            cancellationToken);
        var session = await store.SessionAsync(cancellationToken);
        var rows = await session.ExecuteAsync(statement.Bind([.. ids, Days.Key(from), Days.Key(to)]), cancellationToken);

        var found = new Dictionary<(string, DateOnly), DayCounters>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var day = Days.Parse(row.GetValue<string>("day"));
            found[(row.GetValue<string>("product_id"), day)] = Read(row, day);
        }

        return ids.ToDictionary(
            id => id,
            id => (IReadOnlyList<DayCounters>)Days.Range(from, to).Select(day => found.GetValueOrDefault((id, day)) ?? DayCounters.Zero(day)).ToList(),
            StringComparer.Ordinal);
    }

    /// <summary>Every product's counters on one day (the day's partition, read in pages).</summary>
    public async Task<IReadOnlyList<(string ProductId, DayCounters Counters)>> DayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var statement = await store.PrepareAsync(
            $"SELECT product_id, {Counters} FROM {store.Table(AnalyticsSchema.DailyProductCounters)} WHERE day = ?", cancellationToken);
        var session = await store.SessionAsync(cancellationToken);
        var rows = await session.ExecuteAsync(statement.Bind(Days.Key(day)), cancellationToken);
        var result = new List<(string, DayCounters)>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            result.Add((row.GetValue<string>("product_id"), Read(row, day)));
        }

        return result;
    }

    /// <summary>The totals over all products for every day of the range, zeros where nothing happened.</summary>
    public async Task<IReadOnlyList<DayCounters>> TotalsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var months = Days.Months(from, to);
        var markers = string.Join(", ", months.Select(_ => "?"));
        var statement = await store.PrepareAsync(
            $"SELECT day, {Counters} FROM {store.Table(AnalyticsSchema.DailyTotals)} WHERE month IN ({markers}) AND day >= ? AND day <= ?",
            cancellationToken);
        var session = await store.SessionAsync(cancellationToken);
        var rows = await session.ExecuteAsync(statement.Bind([.. months, Days.Key(from), Days.Key(to)]), cancellationToken);
        var found = new Dictionary<DateOnly, DayCounters>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var day = Days.Parse(row.GetValue<string>("day"));
            found[day] = Read(row, day);
        }

        return Days.Range(from, to).Select(day => found.GetValueOrDefault(day) ?? DayCounters.Zero(day)).ToList();
    }

    private static DayCounters Read(Row row, DateOnly day) => new(
        day,
        Counter(row, "views"),
        Counter(row, "adds_to_cart"),
        Counter(row, "purchases"),
        Counter(row, "revenue_cents"));

    private static long Counter(Row row, string name) => row.IsNull(name) ? 0 : row.GetValue<long>(name);
}
