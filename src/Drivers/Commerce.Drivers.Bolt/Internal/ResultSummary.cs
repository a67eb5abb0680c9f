namespace Commerce.Drivers.Bolt.Internal;

internal sealed class ResultSummary : IResultSummary
{
    public ResultSummary(Query query, IServerInfo server, IReadOnlyDictionary<string, object?> run, IReadOnlyDictionary<string, object?> end)
    {
        Query = query;
        Server = server;
        QueryType = (end.GetValueOrDefault("type") as string) switch
        {
            "r" => QueryType.ReadOnly,
            "rw" => QueryType.ReadWrite,
            "w" => QueryType.WriteOnly,
            "s" => QueryType.SchemaWrite,
            _ => QueryType.Unknown,
        };
        Counters = new StatsCounters(end.GetValueOrDefault("stats") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>());
        ResultAvailableAfter = Millis(run.GetValueOrDefault("result_available_after") ?? run.GetValueOrDefault("t_first"));
        ResultConsumedAfter = Millis(end.GetValueOrDefault("result_consumed_after") ?? end.GetValueOrDefault("t_last"));
        Database = end.GetValueOrDefault("db") as string;
    }

    public Query Query { get; }
    public QueryType QueryType { get; }
    public ICounters Counters { get; }
    public TimeSpan? ResultAvailableAfter { get; }
    public TimeSpan? ResultConsumedAfter { get; }
    public IServerInfo Server { get; }
    public string? Database { get; }

    private static TimeSpan? Millis(object? value) => value is long ms ? TimeSpan.FromMilliseconds(ms) : null;

    private sealed class StatsCounters(IReadOnlyDictionary<string, object?> stats) : ICounters
    {
        private int Get(string key) => stats.GetValueOrDefault(key) is long value ? (int)value : 0;

        public bool ContainsUpdates => stats.GetValueOrDefault("contains-updates") is true
            || NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + LabelsAdded
               + LabelsRemoved + IndexesAdded + IndexesRemoved + ConstraintsAdded + ConstraintsRemoved > 0;
        public int NodesCreated => Get("nodes-created");
        public int NodesDeleted => Get("nodes-deleted");
        public int RelationshipsCreated => Get("relationships-created");
        public int RelationshipsDeleted => Get("relationships-deleted");
        public int PropertiesSet => Get("properties-set");
        public int LabelsAdded => Get("labels-added");
        public int LabelsRemoved => Get("labels-removed");
        public int IndexesAdded => Get("indexes-added");
        public int IndexesRemoved => Get("indexes-removed");
        public int ConstraintsAdded => Get("constraints-added");
        public int ConstraintsRemoved => Get("constraints-removed");
    }
}
