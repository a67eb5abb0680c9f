using Commerce.Orders.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Orders.Tests.Integration;

/// <summary>
/// The dispatcher against the real PostgreSQL, driven pass by pass: retries with backoff after failures, order per
/// aggregate, delivery marked per handler, a failing handler not holding up the others.
/// </summary>
public sealed class OutboxDispatcherTests : IClassFixture<OutboxDispatcherTests.Store>
{
    private readonly Store _store;

    public OutboxDispatcherTests(Store store) => _store = store;

    public sealed class Store : OrdersStore
    {
        public RecordingHandler Flaky { get; } = new("flaky", failuresPerMessage: 2, failWhen: m => m.Payload.GetProperty("delta").GetInt32() == 5);

        public RecordingHandler Steady { get; } = new("steady");

        protected override void Configure(IServiceCollection services)
        {
            services.AddSingleton<IOutboxHandler>(Flaky);
            services.AddSingleton<IOutboxHandler>(Steady);
            services.AddSingleton(new OrdersOptions
            {
                ConnectionString = Servers.Postgres,
                Schema = Schema,
                RunOutboxDispatcher = false,
                OutboxBaseBackoff = TimeSpan.FromMilliseconds(20),
            });
        }
    }

    [Fact]
    public async Task A_failing_handler_gets_retries_in_order_per_aggregate_and_each_message_is_marked_delivered_once()
    {
        var sku = "OUTBOX-" + Guid.NewGuid().ToString("N")[..8];
        var stock = _store.Get<StockOperations>();
        await stock.SetAsync(sku, 5);      // delta 5: flaky fails twice on it
        await stock.AdjustAsync(sku, 1);   // must wait for the first
        await stock.AdjustAsync(sku, -2);
        var ids = (await _store.ScalarAsync<long[]>("SELECT array_agg(id ORDER BY id) FROM outbox WHERE aggregate_id = $1", sku)).ToList();
        var dispatcher = _store.Get<OutboxDispatcher>();

        // First pass: flaky fails on the first message and must not see the later ones; steady takes the first of the aggregate.
        await dispatcher.DispatchBatchAsync(_store.Flaky, CancellationToken.None);
        await dispatcher.DispatchBatchAsync(_store.Steady, CancellationToken.None);
        Assert.Equal(1, _store.Flaky.AttemptsOf(ids[0]));
        Assert.Equal(0, _store.Flaky.AttemptsOf(ids[1]));
        Assert.DoesNotContain(_store.Flaky.Delivered, m => m.AggregateId == sku);
        Assert.Equal(1, await _store.ScalarAsync<int>("SELECT attempts FROM outbox_deliveries WHERE outbox_id = $1 AND handler = 'flaky'", ids[0]));
        Assert.Contains("store down", await _store.ScalarAsync<string>("SELECT last_error FROM outbox_deliveries WHERE outbox_id = $1 AND handler = 'flaky'", ids[0]));

        for (var pass = 0; pass < 500 && (Of(_store.Flaky, sku).Count < 3 || Of(_store.Steady, sku).Count < 3); pass++)
        {
            await dispatcher.DispatchBatchAsync(_store.Flaky, CancellationToken.None);
            await dispatcher.DispatchBatchAsync(_store.Steady, CancellationToken.None);
            await Task.Delay(10);
        }

        Assert.Equal(ids, Of(_store.Flaky, sku));
        Assert.Equal(ids, Of(_store.Steady, sku));
        Assert.Equal(3, _store.Flaky.AttemptsOf(ids[0]));
        Assert.Equal(1, _store.Steady.AttemptsOf(ids[0]));
        Assert.Equal(0L, await _store.ScalarAsync<long>(
            "SELECT count(*) FROM outbox_deliveries d JOIN outbox m ON m.id = d.outbox_id WHERE m.aggregate_id = $1 AND d.delivered_at IS NULL", sku));
        Assert.Equal(3, await _store.ScalarAsync<int>("SELECT attempts FROM outbox_deliveries WHERE outbox_id = $1 AND handler = 'flaky'", ids[0]));

        // Nothing is delivered twice once marked.
        await dispatcher.DispatchBatchAsync(_store.Flaky, CancellationToken.None);
        Assert.Equal(3, Of(_store.Flaky, sku).Count);
    }

    private static List<long> Of(RecordingHandler handler, string aggregateId) =>
        handler.Delivered.Where(m => m.AggregateId == aggregateId).Select(m => m.Id).ToList();

    [Fact]
    public async Task Backfill_gives_handlers_the_events_written_before_they_had_rows()
    {
        var sku = "BACKFILL-" + Guid.NewGuid().ToString("N")[..8];
        await _store.Get<StockOperations>().SetAsync(sku, 3);
        var id = await _store.ScalarAsync<long>("SELECT id FROM outbox WHERE aggregate_id = $1", sku);
        await _store.ScalarAsync<object>("DELETE FROM outbox_deliveries WHERE outbox_id = $1 RETURNING 1", id);

        await _store.Get<OutboxDispatcher>().BackfillAsync(CancellationToken.None);

        Assert.Equal(2L, await _store.ScalarAsync<long>("SELECT count(*) FROM outbox_deliveries WHERE outbox_id = $1 AND delivered_at IS NULL", id));
    }
}
