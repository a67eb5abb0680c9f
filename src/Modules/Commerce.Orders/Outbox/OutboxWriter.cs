using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Orders;

/// <summary>
/// Writes an event in the caller's transaction, with a pending delivery row for every registered handler, in one
/// statement; the dispatcher is nudged once the caller has committed.
/// </summary>
public sealed class OutboxWriter(IEnumerable<IOutboxHandler> handlers, OutboxSignal signal, TimeProvider clock)
{
    private readonly string[] _handlerNames = handlers.Select(h => h.Name).Distinct(StringComparer.Ordinal).ToArray();

    public async Task WriteAsync(OrdersDbContext db, string aggregateId, string type, object payload, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(payload, OutboxJson.Options);
        var now = clock.GetUtcNow();
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            WITH m AS (
                INSERT INTO outbox (aggregate_id, type, payload, created_at)
                VALUES ({aggregateId}, {type}, CAST({json} AS jsonb), {now})
                RETURNING id)
            INSERT INTO outbox_deliveries (outbox_id, handler, next_attempt_at)
            SELECT m.id, h.name, {now} FROM m CROSS JOIN unnest({_handlerNames}::text[]) AS h(name)
            """, cancellationToken);
    }

    /// <summary>Call after commit so the dispatcher does not wait for its next poll.</summary>
    public void Committed() => signal.Nudge();
}
