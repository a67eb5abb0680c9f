namespace Commerce.Drivers.Bolt;

/// <summary>The bytes on the wire broke the Bolt or PackStream rules; the connection cannot be trusted afterwards.</summary>
public sealed class ProtocolException(string message) : Neo4jException(message);
