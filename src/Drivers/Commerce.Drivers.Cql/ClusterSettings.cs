using Commerce.Drivers.Cql.Connections;

namespace Commerce.Drivers.Cql;

/// <summary>Everything <see cref="Builder"/> collects; immutable once the cluster is built.</summary>
internal sealed record ClusterSettings
{
    public required IReadOnlyList<string> ContactPoints { get; init; }

    public int Port { get; init; } = 9042;

    public string? DefaultKeyspace { get; init; }

    public int ConnectionsPerHost { get; init; } = 2;

    public byte MaxProtocolVersion { get; init; } = ProtocolNegotiation.MaxVersion;

    public ConsistencyLevel DefaultConsistency { get; init; } = ConsistencyLevel.LocalOne;

    public int DefaultPageSize { get; init; } = 5000;

    public ConnectionSettings Connection { get; init; } = new();
}
