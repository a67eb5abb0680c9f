using Commerce.Catalog;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.Recommendations.Feeding;

/// <summary>
/// Writes the queued views to the graph, one parameterised <c>UNWIND ... MERGE</c> per batch, every
/// <see cref="RecommendationsOptions.ViewFlushInterval"/> (at once when a full batch is waiting). A failed batch is
/// tried again a few times, then dropped and counted: views are signals, not money, and the queue must keep moving.
/// <see cref="StopAsync"/> closes the queue and writes what is left, until the host stops waiting.
/// </summary>
public sealed class ViewFlusher(ViewQueue queue, RecommendationsFeed feed, RecommendationsOptions options, ILogger<ViewFlusher> logger)
    : IHostedService, IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _abandon = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Task? _loop;
    private int _stopRequested;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(RunAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Hosts may stop a service more than once: only the first stop closes the queue.
        if (Interlocked.Exchange(ref _stopRequested, 1) == 0)
        {
            queue.Complete();
            await _stopping.CancelAsync();
        }

        if (_loop is null)
        {
            return;
        }

        try
        {
            await _loop.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host's shutdown time is up: stop writing; what is left is counted as dropped.
            logger.LogWarning("Shutdown time ran out with {Views} product views not yet in the graph", queue.Count);
            await _abandon.CancelAsync();
            await _loop;
        }
    }

    /// <summary>Writes everything queued so far and returns when it is written or dropped (tests use it).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        do
        {
            await FlushOnceAsync(cancellationToken);
        }
        while (queue.Count > 0);
    }

    private async Task RunAsync()
    {
        // Ends once the queue is closed and empty.
        while (await queue.Reader.WaitToReadAsync())
        {
            if (!_stopping.IsCancellationRequested && queue.Count < options.MaxViewsPerFlush)
            {
                try
                {
                    await Task.Delay(options.ViewFlushInterval, _stopping.Token);
                }
                catch (OperationCanceledException)
                {
                    // Stopping: flush at once.
                }
            }

            await FlushOnceAsync(_abandon.Token);
        }
    }

    private async Task FlushOnceAsync(CancellationToken cancellationToken)
    {
        // Waits for a flush under way, so that FlushAsync returns only after what was queued before it is written.
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            var views = new List<ProductView>();
            while (views.Count < options.MaxViewsPerFlush && queue.Reader.TryRead(out var view))
            {
                views.Add(view);
            }

            if (views.Count > 0)
            {
                await WriteAsync(ViewTally.Of(views), views.Count, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task WriteAsync(IReadOnlyList<ViewTally> tallies, int views, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                await feed.RecordViewsAsync(tallies, cancellationToken);
                queue.Statistics.OnWritten(views);
                return;
            }
            catch (Exception e) when (attempt < options.ViewWriteAttempts && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Writing {Views} product views to the graph failed (attempt {Attempt} of {Attempts})", views, attempt, options.ViewWriteAttempts);
                try
                {
                    await Task.Delay(options.ViewRetryDelay * attempt, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // Abandoned during the pause: the next turn drops the batch.
                }
            }
            catch (Exception e)
            {
                logger.LogError(e, "Dropped {Views} product views after {Attempts} attempts to write them to the graph", views, attempt);
                queue.Statistics.OnDroppedBatch(views);
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        _stopping.Dispose();
        _abandon.Dispose();
        _gate.Dispose();
    }
}
