using Commerce.GraphQL.Relay;
using Npgsql;

namespace Commerce.Orders;

/// <summary>
/// Keyset pages of orders on (created_at, id): the page and the total count go in one batch, one round trip.
/// The indexes (customer_id[, status], created_at, id) and ([status,] created_at, id) serve every shape of it.
/// </summary>
public sealed class OrderQueries(OrdersDatabase database)
{
    public async Task<Connection<Order>> PageAsync(OrderListing listing, CancellationToken cancellationToken)
    {
        if (listing.First is < 0 or > OrderListing.MaxPageSize)
        {
            throw new OrderException($"\"first\" must be between 0 and {OrderListing.MaxPageSize}.", OrderErrorCodes.ValidationFailed);
        }

        var after = listing.After is null ? ((DateTimeOffset, Guid)?)null : OrderCursor.Decode(listing.After);
        var filter = "($1::uuid IS NULL OR customer_id = $1) AND ($2::text IS NULL OR status = $2)";
        var (comparison, direction) = listing.Direction == SortDirection.Asc ? (">", "ASC") : ("<", "DESC");
        var keyset = after is null ? "" : $" AND (created_at, id) {comparison} ($4, $5)";

        await using var batch = database.DataSource.CreateBatch();
        var page = new NpgsqlBatchCommand($"SELECT {OrderReader.Columns} FROM orders WHERE {filter}{keyset} ORDER BY created_at {direction}, id {direction} LIMIT $3");
        AddFilter(page, listing);
        page.Parameters.Add(new NpgsqlParameter { Value = listing.First + 1 });
        if (after is { } cursor)
        {
            page.Parameters.Add(new NpgsqlParameter { Value = cursor.Item1 });
            page.Parameters.Add(new NpgsqlParameter { Value = cursor.Item2 });
        }

        var count = new NpgsqlBatchCommand($"SELECT count(*) FROM orders WHERE {filter}");
        AddFilter(count, listing);
        batch.BatchCommands.Add(page);
        batch.BatchCommands.Add(count);

        var orders = new List<Order>();
        long total;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                orders.Add(OrderReader.Read(reader));
            }

            await reader.NextResultAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            total = reader.GetInt64(0);
        }

        var hasNext = orders.Count > listing.First;
        var edges = orders.Take(listing.First).Select(o => new Edge<Order>(o, OrderCursor.Encode(o.CreatedAt, o.Id))).ToList();
        return new Connection<Order>(
            edges,
            new PageInfo(hasNext, listing.After is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor),
            (int)Math.Min(total, int.MaxValue));
    }

    public async Task<Order?> ByNumberAsync(string number, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"SELECT {OrderReader.Columns} FROM orders WHERE number = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = number });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? OrderReader.Read(reader) : null;
    }

    private static void AddFilter(NpgsqlBatchCommand command, OrderListing listing)
    {
        command.Parameters.Add(new NpgsqlParameter<Guid?> { TypedValue = listing.CustomerId, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = listing.Status is { } s ? StatusNames.Of(s) : null, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
    }
}
