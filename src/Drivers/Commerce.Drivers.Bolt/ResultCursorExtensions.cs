namespace Commerce.Drivers.Bolt;

public static class ResultCursorExtensions
{
    public static async Task<List<IRecord>> ToListAsync(this IResultCursor cursor, CancellationToken cancellationToken = default)
    {
        var records = new List<IRecord>();
        while (await cursor.FetchAsync().ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            records.Add(cursor.Current);
        }
        return records;
    }

    public static async Task<List<T>> ToListAsync<T>(this IResultCursor cursor, Func<IRecord, T> map, CancellationToken cancellationToken = default) =>
        (await cursor.ToListAsync(cancellationToken).ConfigureAwait(false)).Select(map).ToList();

    /// <summary>The only record; throws <see cref="InvalidOperationException"/> for none or several.</summary>
    public static async Task<IRecord> SingleAsync(this IResultCursor cursor)
    {
        if (!await cursor.FetchAsync().ConfigureAwait(false))
            throw new InvalidOperationException("The result is empty.");
        var record = cursor.Current;
        if (await cursor.PeekAsync().ConfigureAwait(false) is not null)
        {
            await cursor.ConsumeAsync().ConfigureAwait(false);
            throw new InvalidOperationException("The result contains more than one record.");
        }
        await cursor.ConsumeAsync().ConfigureAwait(false);
        return record;
    }

    public static async Task<T> SingleAsync<T>(this IResultCursor cursor, Func<IRecord, T> map) =>
        map(await cursor.SingleAsync().ConfigureAwait(false));
}
