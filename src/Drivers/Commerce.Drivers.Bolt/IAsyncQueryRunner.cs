namespace Commerce.Drivers.Bolt;

public interface IAsyncQueryRunner
{
    Task<IResultCursor> RunAsync(string query);

    /// <param name="parameters">A dictionary, or an object whose public properties name the parameters.</param>
    Task<IResultCursor> RunAsync(string query, object? parameters);

    Task<IResultCursor> RunAsync(Query query);
}
