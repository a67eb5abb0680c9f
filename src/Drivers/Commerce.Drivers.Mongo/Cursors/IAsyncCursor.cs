namespace Commerce.Drivers.Mongo;

/// <summary>
/// A server-side cursor read batch by batch: each <see cref="MoveNextAsync"/> after the first
/// issues one <c>getMore</c>. Disposing before the end sends <c>killCursors</c>.
/// </summary>
public interface IAsyncCursor<out T> : IAsyncDisposable, IDisposable
{
    /// <summary>The current batch.</summary>
    IEnumerable<T> Current { get; }

    Task<bool> MoveNextAsync(CancellationToken cancellationToken = default);
}
