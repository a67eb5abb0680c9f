namespace Commerce.Drivers.Bolt;

public enum QueryType
{
    Unknown,
    ReadOnly,
    ReadWrite,
    WriteOnly,
    SchemaWrite,
}

public interface ICounters
{
    bool ContainsUpdates { get; }
    int NodesCreated { get; }
    int NodesDeleted { get; }
    int RelationshipsCreated { get; }
    int RelationshipsDeleted { get; }
    int PropertiesSet { get; }
    int LabelsAdded { get; }
    int LabelsRemoved { get; }
    int IndexesAdded { get; }
    int IndexesRemoved { get; }
    int ConstraintsAdded { get; }
    int ConstraintsRemoved { get; }
}

public interface IServerInfo
{
    string Address { get; }

    /// <summary>The server's agent string, e.g. <c>Neo4j/3.1.1</c>.</summary>
    string Agent { get; }

    /// <summary>The negotiated Bolt version, e.g. <c>1.0</c>.</summary>
    string ProtocolVersion { get; }
}

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
