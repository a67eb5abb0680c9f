namespace Commerce.Drivers.Bolt;

/// <summary>
/// A causal chain of work on one database. Not thread-safe: run one thing at a time. It borrows a
/// pooled connection for each auto-commit query or transaction and gives it back when done.
/// </summary>
public interface IAsyncSession : IAsyncQueryRunner, IAsyncDisposable
{
    /// <summary>Bookmarks of the last committed work; pass them to another session to read these writes.</summary>
    Bookmarks LastBookmarks { get; }

    Task<IResultCursor> RunAsync(string query, object? parameters, Action<TransactionConfigBuilder> configure);

    Task<IAsyncTransaction> BeginTransactionAsync(Action<TransactionConfigBuilder>? configure = null);

    Task<IAsyncTransaction> BeginTransactionAsync(AccessMode mode, Action<TransactionConfigBuilder>? configure = null);

    /// <summary>Runs <paramref name="work"/> in a read transaction, retrying it on transient failures.</summary>
    Task<T> ExecuteReadAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default);

    Task ExecuteReadAsync(Func<IAsyncQueryRunner, Task> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> in a write transaction, retrying it on transient failures.</summary>
    Task<T> ExecuteWriteAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default);

    Task ExecuteWriteAsync(Func<IAsyncQueryRunner, Task> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default);

    Task CloseAsync();
}
