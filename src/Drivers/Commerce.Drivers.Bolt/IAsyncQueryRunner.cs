namespace Commerce.Drivers.Bolt;

public interface IAsyncQueryRunner
{
    Task<IResultCursor> RunAsync(string query);

    /// <param name="parameters">A dictionary, or an object whose public properties name the parameters.</param>
    Task<IResultCursor> RunAsync(string query, object? parameters);

    Task<IResultCursor> RunAsync(Query query);

    /// <summary>Cancelling abandons the round trip in flight; the connection is then closed, not reused.</summary>
    Task<IResultCursor> RunAsync(Query query, CancellationToken cancellationToken);
}
