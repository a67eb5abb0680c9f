using System.Runtime.CompilerServices;
using Npgsql;

namespace Commerce.Orders;

/// <summary>
/// Every order ever placed, with its lines, in order of placement: keyset pages on (created_at, id) over the
/// <c>orders_created_idx</c> index, each page with its lines in ONE query. A page is read whole and its connection
/// returned before it is handed out, so a slow consumer (a graph rebuild) neither holds a connection nor pulls more
/// than one page into memory. An order committed during the walk with a time before the cursor is not seen; live
/// consumers get it from the outbox.
/// </summary>
public sealed class OrderHistoryReader(OrdersDatabase database)
{
    public const int DefaultPageSize = 500;
    public const int MaxPageSize = 5000;

    private const string Columns = "o.id, o.number, o.customer_id, o.status, o.created_at, l.product_id, l.variant_sku, l.quantity";

    // LEFT JOIN: an order without lines still moves the cursor past it.
    private const string FirstPage = $"""
        WITH page AS (SELECT * FROM orders ORDER BY created_at, id LIMIT $1)
        SELECT {Columns} FROM page o LEFT JOIN order_lines l ON l.order_id = o.id
        ORDER BY o.created_at, o.id, l.position
        """;

    private const string NextPage = $"""
        WITH page AS (SELECT * FROM orders WHERE (created_at, id) > ($2, $3) ORDER BY created_at, id LIMIT $1)
        SELECT {Columns} FROM page o LEFT JOIN order_lines l ON l.order_id = o.id
        ORDER BY o.created_at, o.id, l.position
        """;

    public async IAsyncEnumerable<OrderHistoryEntry> ReadAllAsync(int pageSize = DefaultPageSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"A page holds 1 to {MaxPageSize} orders.");
        }

        (DateTimeOffset CreatedAt, Guid Id)? after = null;
        while (true)
        {
            var page = await ReadPageAsync(pageSize, after, cancellationToken);
            foreach (var order in page)
            {
                yield return order;
            }

            if (page.Count < pageSize)
            {
                yield break;
            }

            after = (page[^1].CreatedAt, page[^1].Id);
        }
    }

    private async Task<List<OrderHistoryEntry>> ReadPageAsync(int pageSize, (DateTimeOffset CreatedAt, Guid Id)? after, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(after is null ? FirstPage : NextPage);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = pageSize });
        if (after is { } cursor)
        {
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = cursor.CreatedAt });
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = cursor.Id });
        }

        var page = new List<OrderHistoryEntry>();
        List<OrderHistoryLine>? lines = null;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetGuid(0);
            if (page.Count == 0 || page[^1].Id != id)
            {
                lines = [];
                page.Add(new OrderHistoryEntry(
                    id,
                    reader.GetString(1),
                    reader.GetGuid(2),
                    StatusNames.OrderStatus(reader.GetString(3)),
                    reader.GetFieldValue<DateTimeOffset>(4),
                    lines));
            }

            if (!await reader.IsDBNullAsync(5, cancellationToken))
            {
                lines!.Add(new OrderHistoryLine(reader.GetString(5), reader.GetString(6), reader.GetInt32(7)));
            }
        }

        return page;
    }
}
