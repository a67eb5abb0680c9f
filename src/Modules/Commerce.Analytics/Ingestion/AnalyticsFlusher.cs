using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.Analytics;

/// <summary>
/// Empties the ingestion queues into Cassandra in batches. On <see cref="StopAsync"/> it closes the queues and keeps
/// flushing until they are empty, so a graceful shutdown loses nothing that was accepted.
/// </summary>
public sealed class AnalyticsFlusher : IHostedService, IAsyncDisposable
{
    private readonly AnalyticsIngestion _ingestion;
    private readonly AnalyticsStore _store;
    private readonly AnalyticsOptions _options;
    private readonly ILogger<AnalyticsFlusher> _logger;
    private readonly EventWriter _writer;
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _flushGate = new(1, 1);
    private Task? _loop;
    private int _stopRequested;

    public AnalyticsFlusher(AnalyticsIngestion ingestion, AnalyticsStore store, AnalyticsOptions options, ILogger<AnalyticsFlusher> logger)
    {
        _ingestion = ingestion;
        _store = store;
        _options = options;
        _logger = logger;
        _writer = new EventWriter(store, options, ingestion.Statistics, logger);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(RunAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Hosts may stop a service more than once, and after disposing it: only the first stop closes and cancels.
        if (Interlocked.Exchange(ref _stopRequested, 1) == 0)
        {
            _ingestion.Complete();
            _stopping.Cancel();
        }

        if (_loop is not null)
        {
            await _loop.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Writes everything queued so far and returns when it is written (tests and the load test use it).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        // At least once: the gate makes this wait for a flush the loop has under way.
        do
        {
            await FlushOnceAsync(cancellationToken);
        }
        while (Queued > 0);
    }

    private async Task RunAsync()
    {
        try
        {
            // Creates the tables at start-up when Cassandra is there; when it is not, the first flush or query tries again.
            await _store.SessionAsync(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopped before the store answered: nothing was queued that needs it yet; the drain below still runs.
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Analytics store not ready at start-up; will retry on first use");
        }

        while (await WaitForEventsAsync())
        {
            if (!_stopping.IsCancellationRequested && Queued < _options.MaxEventsPerFlush)
            {
                try
                {
                    await Task.Delay(_options.FlushInterval, _stopping.Token);
                }
                catch (OperationCanceledException)
                {
                    // Stopping: flush at once.
                }
            }

            await FlushOnceAsync(CancellationToken.None);
        }
    }

    private int Queued => _ingestion.Views.Count + _ingestion.Events.Count;

    /// <summary>True when there is something to flush; false once both queues are closed and empty.</summary>
    private async Task<bool> WaitForEventsAsync()
    {
        while (true)
        {
            if (Queued > 0)
            {
                return true;
            }

            var views = _ingestion.Views.WaitToReadAsync().AsTask();
            var events = _ingestion.Events.WaitToReadAsync().AsTask();
            await Task.WhenAny(views, events);
            if (Queued > 0)
            {
                return true;
            }

            if (_ingestion.Views.Completion.IsCompleted && _ingestion.Events.Completion.IsCompleted)
            {
                return false;
            }

            // One queue closed and empty while the other is still open: wait on the open one.
            await Task.WhenAny(
                _ingestion.Views.Completion.IsCompleted ? events : views,
                Task.WhenAll(_ingestion.Views.Completion, _ingestion.Events.Completion));
        }
    }

    private async Task FlushOnceAsync(CancellationToken cancellationToken)
    {
        await _flushGate.WaitAsync(cancellationToken);
        try
        {
            await TakeAndWriteAsync(cancellationToken);
        }
        finally
        {
            _flushGate.Release();
        }
    }

    private async Task TakeAndWriteAsync(CancellationToken cancellationToken)
    {
        var events = new List<AnalyticsEvent>();
        var orders = new List<PendingOrder>();
        while (events.Count + orders.Count < _options.MaxEventsPerFlush && _ingestion.Events.TryRead(out var item))
        {
            if (item is PendingOrder order)
            {
                orders.Add(order);
            }
            else
            {
                events.Add((AnalyticsEvent)item);
            }
        }

        while (events.Count + orders.Count < _options.MaxEventsPerFlush && _ingestion.Views.TryRead(out var view))
        {
            events.Add(view);
        }

        if (events.Count + orders.Count == 0)
        {
            return;
        }

        _ingestion.Statistics.OnFlush();
        try
        {
            await _writer.WriteAsync(events, orders, cancellationToken);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Analytics flush of {Events} events and {Orders} orders failed", events.Count, orders.Count);
            _ingestion.Statistics.OnFailed(events.Count);
            foreach (var order in orders)
            {
                order.Counted.TrySetException(e);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        _stopping.Dispose();
        _flushGate.Dispose();
    }
}
