namespace Commerce.Drivers.Bolt;

/// <summary>The records of one query, read forward with <see cref="FetchAsync"/> then <see cref="Current"/>.</summary>
public interface IResultCursor : IAsyncEnumerable<IRecord>
{
    Task<string[]> KeysAsync();

    /// <summary>Advances to the next record; false at the end.</summary>
    Task<bool> FetchAsync();

    /// <summary>The record the last successful <see cref="FetchAsync"/> moved to.</summary>
    IRecord Current { get; }

    /// <summary>The next record without advancing, or null at the end.</summary>
    Task<IRecord?> PeekAsync();

    /// <summary>Discards what was not read and returns the summary.</summary>
    Task<IResultSummary> ConsumeAsync();

    /// <summary>False once every record has been received from the server.</summary>
    bool IsOpen { get; }
}
