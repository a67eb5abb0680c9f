namespace Commerce.Drivers.Bolt;

/// <summary>The server failed while processing a valid request.</summary>
public sealed class DatabaseException(string code, string message) : Neo4jException(code, message);
