using Microsoft.Extensions.Logging.Abstractions;

namespace Commerce.Analytics.Tests.Infrastructure;

/// <summary>Ingestion without a host: the store, the queues and the flusher on a keyspace of the test's own.</summary>
public sealed class IngestionRig : IAsyncDisposable
{
    private IngestionRig(AnalyticsOptions options, CassandraProbe probe)
    {
        Options = options;
        Probe = probe;
        Store = new AnalyticsStore(options, NullLogger<AnalyticsStore>.Instance);
        Ingestion = new AnalyticsIngestion(options, TimeProvider.System);
        Flusher = new AnalyticsFlusher(Ingestion, Store, options, NullLogger<AnalyticsFlusher>.Instance);
    }

    public AnalyticsOptions Options { get; }

    public CassandraProbe Probe { get; }

    public AnalyticsStore Store { get; }

    public AnalyticsIngestion Ingestion { get; }

    public AnalyticsFlusher Flusher { get; }

    public static async Task<IngestionRig> CreateAsync(Func<string, AnalyticsOptions> options)
    {
        var keyspace = "analytics_ingest_" + Guid.NewGuid().ToString("N")[..12];
        var probe = await CassandraProbe.ConnectAsync(keyspace);
        var rig = new IngestionRig(options(keyspace), probe);
        await rig.Store.SessionAsync(CancellationToken.None);
        return rig;
    }

    public async Task<long> CountAsync(string table, string where, params object?[] values)
    {
        var rows = await Probe.RowsAsync($"SELECT count(*) FROM {{ks}}.{table} WHERE {where}", values);
        return rows[0].GetValue<long>(0);
    }

    public async ValueTask DisposeAsync()
    {
        await Flusher.DisposeAsync();
        await Store.DisposeAsync();
        await Probe.DropKeyspaceAsync();
        await Probe.DisposeAsync();
    }
}
