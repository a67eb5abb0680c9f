namespace Commerce.Drivers.Bolt;

public interface IResultSummary
{
    Query Query { get; }

    QueryType QueryType { get; }

    ICounters Counters { get; }

    /// <summary>Time until the first record was available (result_available_after / t_first).</summary>
    TimeSpan? ResultAvailableAfter { get; }

    /// <summary>Time to consume the result (result_consumed_after / t_last).</summary>
    TimeSpan? ResultConsumedAfter { get; }

    IServerInfo Server { get; }

    /// <summary>The database the query ran in (Bolt 4+).</summary>
    string? Database { get; }
}
