using System.Runtime.CompilerServices;

namespace Commerce.Drivers.Mongo;

public static class AsyncCursorExtensions
{
    public static async Task<List<T>> ToListAsync<T>(this IAsyncCursor<T> cursor, CancellationToken cancellationToken = default)
    {
        await using (cursor.ConfigureAwait(false))
        {
            var list = new List<T>();
            while (await cursor.MoveNextAsync(cancellationToken).ConfigureAwait(false))
            {
                list.AddRange(cursor.Current);
            }

            return list;
        }
    }

    public static async Task<List<T>> ToListAsync<T>(this Task<IAsyncCursor<T>> cursor, CancellationToken cancellationToken = default) =>
        await (await cursor.ConfigureAwait(false)).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The first document, then the cursor is killed rather than drained.</summary>
    public static async Task<T?> FirstOrDefaultAsync<T>(this IAsyncCursor<T> cursor, CancellationToken cancellationToken = default)
    {
        await using (cursor.ConfigureAwait(false))
        {
            while (await cursor.MoveNextAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var item in cursor.Current)
                {
                    return item;
                }
            }

            return default;
        }
    }

    public static async Task<T?> FirstOrDefaultAsync<T>(this Task<IAsyncCursor<T>> cursor, CancellationToken cancellationToken = default) =>
        await (await cursor.ConfigureAwait(false)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Streams every document; leaving the loop early disposes (and so kills) the cursor.</summary>
    public static async IAsyncEnumerable<T> ToAsyncEnumerable<T>(this IAsyncCursor<T> cursor, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using (cursor.ConfigureAwait(false))
        {
            while (await cursor.MoveNextAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var item in cursor.Current)
                {
                    yield return item;
                }
            }
        }
    }
}
