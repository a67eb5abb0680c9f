using System.Diagnostics;
using Commerce.Analytics;
using Commerce.Bench.Ingestion;
using Commerce.Drivers.Cql;
using Microsoft.Extensions.Logging.Abstractions;

// Load test of analytics ingestion against the local Cassandra: producers push views, cart additions and orders
// (each order delivered twice) through the real queues and flusher; the clock stops when the last event is written.
// Then the test reads Cassandra itself and fails unless every event is there exactly once.
var settings = BenchSettings.Parse(args);
var keyspace = "bench_ingestion_" + Guid.NewGuid().ToString("N")[..10];
var options = new AnalyticsOptions
{
    ConnectionString = settings.ConnectionString,
    Keyspace = keyspace,
    ViewQueueCapacity = 50_000,
    QueueCapacity = 10_000,
    MaxEventsPerFlush = settings.FlushSize,
    FlushInterval = TimeSpan.FromMilliseconds(20),
};

await using var store = new AnalyticsStore(options, NullLogger<AnalyticsStore>.Instance);
await store.SessionAsync(CancellationToken.None);
var ingestion = new AnalyticsIngestion(options, TimeProvider.System);
var flusher = new AnalyticsFlusher(ingestion, store, options, NullLogger<AnalyticsFlusher>.Instance);
await flusher.StartAsync(CancellationToken.None);

var plan = new LoadPlan(settings);
Console.WriteLine($"Cassandra {settings.ConnectionString}, keyspace {keyspace}: {plan.Events:N0} events " +
                  $"({plan.Views:N0} views, {plan.Adds:N0} cart additions, {settings.Orders:N0} orders x {LoadPlan.LinesPerOrder} lines, each order delivered twice) from {settings.Producers} producers");

var clock = Stopwatch.StartNew();
await plan.RunAsync(ingestion, options.ViewQueueCapacity);
await flusher.StopAsync(CancellationToken.None); // drains: the clock includes writing the last event
clock.Stop();

var stats = ingestion.Statistics;
var rate = plan.Events / clock.Elapsed.TotalSeconds;
Console.WriteLine($"Ingested {plan.Events:N0} events in {clock.Elapsed.TotalSeconds:F2} s: {rate:N0} events/s " +
                  $"({stats.Flushes:N0} flushes; dropped {stats.DroppedViews}, failed {stats.Failed}, orders counted {stats.OrdersCounted}, repeated {stats.OrdersRepeated})");

var problems = await Verification.CheckAsync(settings.ConnectionString, keyspace, plan, stats);
await using (var cluster = Cluster.Builder().WithConnectionString(settings.ConnectionString).Build())
await using (var session = await cluster.ConnectAsync())
{
    await session.ExecuteAsync($"DROP KEYSPACE IF EXISTS {keyspace}");
}

foreach (var problem in problems)
{
    Console.Error.WriteLine("LOSS: " + problem);
}

Console.WriteLine(problems.Count == 0 ? "Verified: every event written exactly once." : $"{problems.Count} problems.");
return problems.Count == 0 ? 0 : 1;
