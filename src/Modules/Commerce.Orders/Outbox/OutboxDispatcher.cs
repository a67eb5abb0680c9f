using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Commerce.Orders;

/// <summary>
/// Delivers outbox rows to every <see cref="IOutboxHandler"/>, at least once, in order per aggregate. Each pass, per
/// handler, claims a batch of due deliveries with FOR UPDATE SKIP LOCKED (so several instances share the work) whose
/// aggregate has no earlier undelivered message for that handler; calls the handler; and marks the delivery, or
/// counts the failure and backs off exponentially. A failing handler only delays its own deliveries.
/// </summary>
public sealed class OutboxDispatcher(
    OrdersDatabase database,
    IEnumerable<IOutboxHandler> handlers,
    OutboxSignal signal,
    OrdersOptions options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly IReadOnlyList<IOutboxHandler> _handlers = handlers.GroupBy(h => h.Name, StringComparer.Ordinal).Select(g => g.First()).ToList();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.RunOutboxDispatcher || _handlers.Count == 0)
        {
            return;
        }

        await RunGuardedAsync(BackfillAsync, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var delivered = 0;
            foreach (var handler in _handlers)
            {
                delivered += await RunGuardedAsync(ct => DispatchBatchAsync(handler, ct), stoppingToken);
            }

            if (delivered == 0)
            {
                try
                {
                    await signal.WaitAsync(options.OutboxPollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>A handler registered after events were written still gets them.</summary>
    public async Task<int> BackfillAsync(CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("""
            INSERT INTO outbox_deliveries (outbox_id, handler, next_attempt_at)
            SELECT m.id, h.name, m.created_at FROM outbox m CROSS JOIN unnest($1::text[]) AS h(name)
            ON CONFLICT DO NOTHING
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = _handlers.Select(h => h.Name).ToArray() });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>One batch for one handler; returns how many deliveries were attempted.</summary>
    public async Task<int> DispatchBatchAsync(IOutboxHandler handler, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var due = new List<(OutboxMessage Message, int Attempts)>();
        await using (var claim = new NpgsqlCommand("""
            SELECT m.id, m.aggregate_id, m.type, m.payload::text, m.created_at, d.attempts
            FROM outbox_deliveries d JOIN outbox m ON m.id = d.outbox_id
            WHERE d.handler = $1 AND d.delivered_at IS NULL AND d.next_attempt_at <= $2
              AND NOT EXISTS (
                SELECT 1 FROM outbox_deliveries e JOIN outbox p ON p.id = e.outbox_id
                WHERE e.handler = $1 AND e.delivered_at IS NULL AND p.aggregate_id = m.aggregate_id AND p.id < m.id)
            ORDER BY m.id
            LIMIT $3
            FOR UPDATE OF d SKIP LOCKED
            """, connection, transaction))
        {
            claim.Parameters.Add(new NpgsqlParameter { Value = handler.Name });
            claim.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
            claim.Parameters.Add(new NpgsqlParameter { Value = options.OutboxBatchSize });
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                using var payload = JsonDocument.Parse(reader.GetString(3));
                due.Add((new OutboxMessage(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), payload.RootElement.Clone(), reader.GetFieldValue<DateTimeOffset>(4)), reader.GetInt32(5)));
            }
        }

        foreach (var (message, attempts) in due)
        {
            string? error = null;
            try
            {
                await handler.HandleAsync(message, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                error = e.GetType().Name + ": " + e.Message;
                logger.LogWarning(e, "Outbox handler {Handler} failed on message {Id} ({Type}); attempt {Attempt}.", handler.Name, message.Id, message.Type, attempts + 1);
            }

            await using var mark = new NpgsqlCommand("""
                UPDATE outbox_deliveries
                SET attempts = attempts + 1, last_error = $3,
                    delivered_at = CASE WHEN $3 IS NULL THEN $4 END,
                    next_attempt_at = $4 + $5
                WHERE outbox_id = $1 AND handler = $2
                """, connection, transaction);
            var now = clock.GetUtcNow();
            mark.Parameters.Add(new NpgsqlParameter { Value = message.Id });
            mark.Parameters.Add(new NpgsqlParameter { Value = handler.Name });
            mark.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = error, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            mark.Parameters.Add(new NpgsqlParameter { Value = now });
            mark.Parameters.Add(new NpgsqlParameter { Value = error is null ? TimeSpan.Zero : OutboxBackoff.Delay(attempts + 1, options.OutboxBaseBackoff, options.OutboxMaxBackoff) });
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    private async Task<int> RunGuardedAsync(Func<CancellationToken, Task<int>> pass, CancellationToken stoppingToken)
    {
        try
        {
            return await pass(stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // PostgreSQL itself down: nothing is lost, the rows wait; try again after the poll interval.
            logger.LogWarning(e, "Outbox dispatch pass failed; retrying.");
            try
            {
                await Task.Delay(options.OutboxPollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
            }

            return 0;
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
    }
}
