using Commerce.Drivers.Cql;
using Microsoft.Extensions.Logging;

namespace Commerce.Analytics;

/// <summary>
/// Writes one flush: orders claimed first (a per-order row with IF NOT EXISTS; only a claimed order's lines become
/// purchase events), then the raw events as UNLOGGED batches that each hold one partition, then the summed counter
/// deltas as COUNTER batches that each hold one partition of each counter table.
/// </summary>
internal sealed class EventWriter(AnalyticsStore store, AnalyticsOptions options, IngestionStatistics statistics, ILogger logger)
{
    private readonly EventStatements _cql = new(store);
    private readonly SemaphoreSlim _inFlight = new(options.MaxConcurrentWrites, options.MaxConcurrentWrites);

    public async Task WriteAsync(IReadOnlyList<AnalyticsEvent> events, IReadOnlyList<PendingOrder> orders, CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(orders, cancellationToken);
        var all = new List<AnalyticsEvent>(events.Count + claimed.Sum(o => o.Order.Lines.Count));
        all.AddRange(events);
        foreach (var pending in claimed)
        {
            all.AddRange(PurchaseEvents(pending.Order));
        }

        var units = new List<Task<bool>>();
        units.AddRange(RawEventBatches(all, cancellationToken));
        units.AddRange(CounterBatches(all, cancellationToken));
        var outcomes = await Task.WhenAll(units);
        var succeeded = outcomes.All(ok => ok);

        foreach (var pending in claimed)
        {
            if (succeeded)
            {
                statistics.OnOrderCounted();
                pending.Counted.TrySetResult(true);
            }
            else
            {
                pending.Counted.TrySetException(new InvalidOperationException($"Order {pending.Order.OrderId} was claimed but not all of its analytics could be written."));
            }
        }
    }

    private static IEnumerable<AnalyticsEvent> PurchaseEvents(OrderPlacedEvent order) =>
        order.Lines.Select(line => new AnalyticsEvent(
            AnalyticsEventKind.Purchase, line.ProductId, order.CustomerId, null, order.PlacedAt, line.Quantity, line.AmountCents, order.OrderId));

    /// <summary>Claims each order once; an order claimed by an earlier delivery completes as "not counted again".</summary>
    private async Task<List<PendingOrder>> ClaimAsync(IReadOnlyList<PendingOrder> orders, CancellationToken cancellationToken)
    {
        if (orders.Count == 0)
        {
            return [];
        }

        var claim = await store.PrepareAsync(_cql.ClaimOrder, cancellationToken);
        var session = await store.SessionAsync(cancellationToken);
        var results = await Task.WhenAll(orders.Select(async pending =>
        {
            var order = pending.Order;
            try
            {
                var applied = await WithRetriesAsync(
                    async () =>
                    {
                        var rows = await session.ExecuteAsync(
                            claim.Bind(order.OrderId, order.CustomerId, order.PlacedAt, order.Lines.Count, order.TotalCents), cancellationToken);
                        return rows.CurrentPage[0].GetValue<bool>("[applied]");
                    },
                    retryTimeouts: false,
                    cancellationToken);
                if (!applied)
                {
                    statistics.OnOrderRepeated();
                    pending.Counted.TrySetResult(false);
                }

                return applied;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not claim order {OrderId} for analytics", order.OrderId);
                pending.Counted.TrySetException(e);
                return false;
            }
        }));

        // Two deliveries of one order in the same flush: the second claim finds the first one's row.
        return orders.Where((_, i) => results[i]).ToList();
    }

    private IEnumerable<Task<bool>> RawEventBatches(List<AnalyticsEvent> events, CancellationToken cancellationToken)
    {
        var ttl = (int)options.EventTimeToLive.TotalSeconds;
        foreach (var partition in events.GroupBy(e => (e.ProductId, e.Day)))
        {
            foreach (var chunk in partition.Chunk(options.MaxStatementsPerBatch))
            {
                yield return WriteBatchAsync(_cql.InsertByProduct, BatchType.Unlogged, chunk.Select(e => ByProduct(e, ttl)).ToList(), chunk.Length, retryTimeouts: true, cancellationToken);
            }
        }

        foreach (var partition in events.Where(e => e.CustomerId is not null).GroupBy(e => (e.CustomerId!, e.Day)))
        {
            foreach (var chunk in partition.Chunk(options.MaxStatementsPerBatch))
            {
                yield return WriteBatchAsync(_cql.InsertByCustomer, BatchType.Unlogged, chunk.Select(e => ByCustomer(e, ttl)).ToList(), 0, retryTimeouts: true, cancellationToken);
            }
        }
    }

    private static object?[] ByProduct(AnalyticsEvent e, int ttl) =>
        [e.ProductId, e.Day, e.CustomerId, e.EventId, e.KindName, e.SessionId, e.OrderId, e.Quantity, e.AmountCents, ttl];

    private static object?[] ByCustomer(AnalyticsEvent e, int ttl) =>
        [e.CustomerId, e.Day, e.ProductId, e.EventId, e.KindName, e.SessionId, e.OrderId, e.Quantity, e.AmountCents, ttl];

    private IEnumerable<Task<bool>> CounterBatches(List<AnalyticsEvent> events, CancellationToken cancellationToken)
    {
        var byProductDay = Sum(events, e => (e.ProductId, e.Day));
        var byDay = Sum(events, e => e.Day);

        foreach (var product in byProductDay.GroupBy(p => p.Key.ProductId))
        {
            foreach (var chunk in product.Chunk(options.MaxStatementsPerBatch))
            {
                yield return CounterBatchAsync(_cql.ProductCounters, chunk.Select(p => p.Value.Values(p.Key.ProductId, p.Key.Day)).ToList(), cancellationToken);
            }
        }

        foreach (var day in byProductDay.GroupBy(p => p.Key.Day))
        {
            foreach (var chunk in day.Chunk(options.MaxStatementsPerBatch))
            {
                yield return CounterBatchAsync(_cql.DayCounters, chunk.Select(p => p.Value.Values(p.Key.Day, p.Key.ProductId)).ToList(), cancellationToken);
            }
        }

        foreach (var month in byDay.GroupBy(d => Days.MonthKey(Days.Parse(d.Key))))
        {
            yield return CounterBatchAsync(_cql.TotalCounters, month.Select(d => d.Value.Values(month.Key, d.Key)).ToList(), cancellationToken);
        }
    }

    private static Dictionary<TKey, CounterDelta> Sum<TKey>(List<AnalyticsEvent> events, Func<AnalyticsEvent, TKey> key)
        where TKey : notnull
    {
        var sums = new Dictionary<TKey, CounterDelta>();
        foreach (var e in events)
        {
            if (!sums.TryGetValue(key(e), out var delta))
            {
                sums[key(e)] = delta = new CounterDelta();
            }

            delta.Add(e);
        }

        return sums;
    }

    // A counter update that timed out may have been applied: retrying it could count twice, so it is not retried.
    private Task<bool> CounterBatchAsync(string cql, List<object?[]> rows, CancellationToken cancellationToken) =>
        WriteBatchAsync(cql, BatchType.Counter, rows, 0, retryTimeouts: false, cancellationToken);

    private async Task<bool> WriteBatchAsync(string cql, BatchType type, List<object?[]> rows, int events, bool retryTimeouts, CancellationToken cancellationToken)
    {
        await _inFlight.WaitAsync(cancellationToken);
        try
        {
            var prepared = await store.PrepareAsync(cql, cancellationToken);
            var session = await store.SessionAsync(cancellationToken);
            IStatement statement = rows.Count == 1
                ? prepared.Bind(rows[0])
                : rows.Aggregate(new BatchStatement().SetBatchType(type), (batch, row) => batch.Add(prepared.Bind(row)));
            await WithRetriesAsync(async () => await session.ExecuteAsync(statement, cancellationToken), retryTimeouts, cancellationToken);
            statistics.OnWritten(events);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Analytics write of {Rows} rows given up", rows.Count);
            statistics.OnFailed(events);
            return false;
        }
        finally
        {
            _inFlight.Release();
        }
    }

    private async Task<T> WithRetriesAsync<T>(Func<Task<T>> write, bool retryTimeouts, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (Exception e) when (attempt < options.WriteAttempts && StoreFailures.IsUnavailable(e)
                && (retryTimeouts || e is not (WriteTimeoutException or OperationTimedOutException)))
            {
                logger.LogWarning(e, "Analytics write failed (attempt {Attempt}); retrying", attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 100 << attempt)), cancellationToken);
            }
        }
    }
}
