namespace Commerce.Drivers.Bolt.Internal;

internal sealed record ServerInfo(string Address, string Agent, string ProtocolVersion) : IServerInfo;
