namespace Commerce.Drivers.Bolt;

/// <summary>An explicit transaction; disposing it without committing rolls it back.</summary>
public interface IAsyncTransaction : IAsyncQueryRunner, IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync(CancellationToken cancellationToken = default);

    bool IsOpen { get; }
}
