namespace Commerce.Drivers.Bolt;

public interface IServerInfo
{
    string Address { get; }

    /// <summary>The server's agent string, e.g. <c>Neo4j/3.1.1</c>.</summary>
    string Agent { get; }

    /// <summary>The negotiated Bolt version, e.g. <c>1.0</c>.</summary>
    string ProtocolVersion { get; }
}
