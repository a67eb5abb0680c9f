using Commerce.Analytics;

namespace Commerce.Bench.Ingestion;

/// <summary>
/// What the producers send, decided up front so the verification knows what must be stored: producer p sends
/// events i = p, p + P, ...; every fifth is a cart addition, the rest views; product i % K.
/// </summary>
public sealed class LoadPlan(BenchSettings settings)
{
    public const int LinesPerOrder = 2;

    public BenchSettings Settings { get; } = settings;

    public string Day { get; } = Days.Key(DateTimeOffset.UtcNow);

    public int Adds => Enumerable.Range(0, Settings.ViewsAndAdds).Count(IsAdd);

    public int Views => Settings.ViewsAndAdds - Adds;

    /// <summary>Raw events: views, cart additions, and one purchase per order line.</summary>
    public int Events => Settings.ViewsAndAdds + Settings.Orders * LinesPerOrder;

    public static bool IsAdd(int i) => i % 5 == 0;

    public string Product(int i) => "bench-p" + (i % Settings.Products);

    public OrderPlacedEvent Order(int o) => new(
        "bench-order-" + o,
        "bench-c" + (o % 500),
        DateTimeOffset.UtcNow,
        [new OrderPlacedLine(Product(o), 1, 10.00m), new OrderPlacedLine(Product(o + 1), 2, 2.50m)]);

    public async Task RunAsync(AnalyticsIngestion ingestion, int viewCapacity)
    {
        var producers = Enumerable.Range(0, Settings.Producers).Select(p => Task.Run(async () =>
        {
            for (var i = p; i < Settings.ViewsAndAdds; i += Settings.Producers)
            {
                if (IsAdd(i))
                {
                    await ingestion.RecordAddToCartAsync(Product(i), 1, "bench-c" + (i % 500));
                    continue;
                }

                // Views never wait (the oldest are dropped when the queue is full); a load test of "no loss" paces them instead.
                while (ingestion.QueueDepth > viewCapacity * 9 / 10)
                {
                    await Task.Delay(1);
                }

                ingestion.RecordProductView(Product(i), null, "bench-s" + i);
            }
        }));

        // Orders come as the outbox sends them: a few at a time, each waiting until it is counted, and each sent twice.
        var senders = Enumerable.Range(0, 16).Select(s => Task.Run(async () =>
        {
            for (var o = s; o < Settings.Orders; o += 16)
            {
                var order = Order(o);
                await Task.WhenAll(ingestion.RecordOrderAsync(order), ingestion.RecordOrderAsync(order));
            }
        }));

        await Task.WhenAll(producers.Concat(senders));
    }
}
