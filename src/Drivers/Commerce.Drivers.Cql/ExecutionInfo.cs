using System.Net;

namespace Commerce.Drivers.Cql;

/// <summary>What the server said alongside a result besides the rows.</summary>
public sealed record ExecutionInfo
{
    public required IPEndPoint QueriedHost { get; init; }

    /// <summary>Set when tracing was requested and the server traced the request.</summary>
    public Guid? TracingId { get; init; }

    /// <summary>Protocol v4 warnings (frame flag 0x08), e.g. about a batch that is too large.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Protocol v4 custom payload (frame flag 0x04).</summary>
    public IReadOnlyDictionary<string, byte[]?>? IncomingPayload { get; init; }

    /// <summary>For a schema-altering statement: e.g. "CREATED TABLE ks.t".</summary>
    public string? SchemaChange { get; init; }
}
