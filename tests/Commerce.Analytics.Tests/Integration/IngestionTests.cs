using Commerce.Analytics.Tests.Infrastructure;

namespace Commerce.Analytics.Tests.Integration;

public sealed class IngestionTests
{
    private static readonly string Day = Today.Key(Today.Utc);

    [Fact]
    public async Task EventsEnqueuedConcurrentlyAreAllWrittenExactlyOnceAfterAFlush()
    {
        await using var rig = await IngestionRig.CreateAsync(ks => new AnalyticsOptions
        {
            ConnectionString = Servers.Cassandra, Keyspace = ks, QueueCapacity = 100, MaxEventsPerFlush = 700, FlushInterval = TimeSpan.FromMilliseconds(5),
        });
        await rig.Flusher.StartAsync(CancellationToken.None);
        string[] products = ["c-a", "c-b", "c-c", "c-d", "c-e"];
        const int Writers = 8, PerWriter = 300;

        // Each writer views every product in turn and adds every third one to the cart; the small queue makes adds wait.
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < PerWriter; i++)
            {
                var product = products[i % products.Length];
                if (i % 3 == 0)
                {
                    await rig.Ingestion.RecordAddToCartAsync(product, 1, $"cust-{w}", null);
                }
                else
                {
                    Assert.True(rig.Ingestion.RecordProductView(product, $"cust-{w}", $"sess-{w}"));
                }
            }
        })));
        await rig.Flusher.FlushAsync();

        var expected = Enumerable.Range(0, PerWriter).GroupBy(i => products[i % products.Length])
            .ToDictionary(g => g.Key, g => (Views: g.Count(i => i % 3 != 0) * Writers, Adds: g.Count(i => i % 3 == 0) * Writers));
        foreach (var (product, counts) in expected)
        {
            Assert.Equal(counts.Views + counts.Adds, await rig.CountAsync("events_by_product_day", "product_id = ? AND day = ?", product, Day));
            var counters = await rig.Probe.CountersAsync("product_daily_counters", "product_id = ? AND day = ?", product, Day);
            Assert.Equal((counts.Views, counts.Adds), (counters.Views, counters.Adds));
        }

        Assert.Equal(PerWriter, await rig.CountAsync("events_by_customer_day", "customer_id = ? AND day = ?", "cust-3", Day));
        Assert.Equal(Writers * PerWriter, rig.Ingestion.Statistics.Written);
        Assert.Equal(0, rig.Ingestion.Statistics.DroppedViews + rig.Ingestion.Statistics.Failed);
    }

    [Fact]
    public async Task StoppingDrainsTheQueue()
    {
        // The flusher would wait an hour before its first flush: only the drain on stop can write these.
        await using var rig = await IngestionRig.CreateAsync(ks => new AnalyticsOptions
        {
            ConnectionString = Servers.Cassandra, Keyspace = ks, FlushInterval = TimeSpan.FromHours(1), MaxEventsPerFlush = 10_000,
        });
        await rig.Flusher.StartAsync(CancellationToken.None);
        for (var i = 0; i < 1500; i++)
        {
            rig.Ingestion.RecordProductView("drain-" + (i % 3), null, "s" + i);
        }

        await rig.Ingestion.RecordAddToCartAsync("drain-0", 4);
        Assert.Equal(0, await rig.CountAsync("events_by_product_day", "product_id = ? AND day = ?", "drain-0", Day));

        await rig.Flusher.StopAsync(CancellationToken.None);

        Assert.Equal(501, await rig.CountAsync("events_by_product_day", "product_id = ? AND day = ?", "drain-0", Day));
        Assert.Equal(500, await rig.CountAsync("events_by_product_day", "product_id = ? AND day = ?", "drain-2", Day));
        Assert.Equal((1500L, 1L), await TotalsAsync(rig));
        Assert.False(rig.Ingestion.RecordProductView("drain-0"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => rig.Ingestion.RecordAddToCartAsync("drain-0", 1).AsTask());
    }

    [Fact]
    public async Task AFullViewQueueDropsTheOldestViewsAndCountsThem()
    {
        await using var rig = await IngestionRig.CreateAsync(ks => new AnalyticsOptions { ConnectionString = Servers.Cassandra, Keyspace = ks, ViewQueueCapacity = 10 });
        for (var i = 0; i < 25; i++)
        {
            Assert.True(rig.Ingestion.RecordProductView("drop-me", null, $"s{i:00}"));
        }

        await rig.Flusher.FlushAsync();

        Assert.Equal(15, rig.Ingestion.Statistics.DroppedViews);
        var sessions = await rig.Probe.RowsAsync("SELECT session_id FROM {ks}.events_by_product_day WHERE product_id = ? AND day = ?", "drop-me", Day);
        Assert.Equal(Enumerable.Range(15, 10).Select(i => $"s{i:00}"), sessions.Select(r => r.GetValue<string>("session_id")).Order());
    }

    [Fact]
    public async Task CartAdditionsWaitForRoomInsteadOfBeingDropped()
    {
        await using var rig = await IngestionRig.CreateAsync(ks => new AnalyticsOptions { ConnectionString = Servers.Cassandra, Keyspace = ks, QueueCapacity = 2 });
        await rig.Ingestion.RecordAddToCartAsync("wait-1", 1);
        await rig.Ingestion.RecordAddToCartAsync("wait-1", 1);

        var third = rig.Ingestion.RecordAddToCartAsync("wait-1", 1).AsTask();
        Assert.False(third.IsCompleted);

        await rig.Flusher.FlushAsync();
        await third;
        await rig.Flusher.FlushAsync();
        Assert.Equal(3, (await rig.Probe.CountersAsync("product_daily_counters", "product_id = ? AND day = ?", "wait-1", Day)).Adds);
    }

    [Fact]
    public async Task AnOrderDeliveredFiveTimesAtOnceIsCountedOnce()
    {
        await using var rig = await IngestionRig.CreateAsync(ks => new AnalyticsOptions { ConnectionString = Servers.Cassandra, Keyspace = ks });
        await rig.Flusher.StartAsync(CancellationToken.None);
        var order = new OrderPlacedEvent("o-5x", "cust-5x", DateTimeOffset.UtcNow, [new OrderPlacedLine("five-a", 1, 10m), new OrderPlacedLine("five-b", 2, 0.25m)]);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => rig.Ingestion.RecordOrderAsync(order)));

        Assert.Single(outcomes, counted => counted);
        Assert.Equal((0L, 0L, 1L, 1000L), await rig.Probe.CountersAsync("product_daily_counters", "product_id = ? AND day = ?", "five-a", Day));
        Assert.Equal((0L, 0L, 1L, 25L), await rig.Probe.CountersAsync("product_daily_counters", "product_id = ? AND day = ?", "five-b", Day));
        Assert.Equal(2, await rig.CountAsync("events_by_customer_day", "customer_id = ? AND day = ?", "cust-5x", Day));
        Assert.Equal((1L, 4L), (rig.Ingestion.Statistics.OrdersCounted, rig.Ingestion.Statistics.OrdersRepeated));
    }

    [Fact]
    public async Task AnEmptyCustomerIdIsAGuestAndTheEventIsStillWritten()
    {
        await using var rig = await IngestionRig.CreateAsync(ks => new AnalyticsOptions { ConnectionString = Servers.Cassandra, Keyspace = ks });
        rig.Ingestion.RecordProductView("guest-p", "", "");
        await rig.Ingestion.RecordAddToCartAsync("guest-p", 1, "", null);

        await rig.Flusher.FlushAsync();

        Assert.Equal(2, await rig.CountAsync("events_by_product_day", "product_id = ? AND day = ?", "guest-p", Day));
        Assert.Equal(0, rig.Ingestion.Statistics.Failed);
    }

    private static async Task<(long Views, long Adds)> TotalsAsync(IngestionRig rig)
    {
        var totals = await rig.Probe.CountersAsync("daily_totals", "month = ? AND day = ?", Day[..7], Day);
        return (totals.Views, totals.Adds);
    }
}
